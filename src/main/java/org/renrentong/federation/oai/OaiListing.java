package org.renrentong.federation.oai;

import io.gdcc.xoai.dataprovider.exceptions.handler.HandlerException;
import io.gdcc.xoai.dataprovider.exceptions.handler.IdDoesNotExistException;
import io.gdcc.xoai.dataprovider.filter.ScopedFilter;
import io.gdcc.xoai.dataprovider.model.Item;
import io.gdcc.xoai.dataprovider.model.ItemIdentifier;
import io.gdcc.xoai.dataprovider.model.MetadataFormat;
import io.gdcc.xoai.dataprovider.repository.ItemRepository;
import io.gdcc.xoai.dataprovider.repository.ResultsPage;
import io.gdcc.xoai.model.oaipmh.ResumptionToken;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.renrentong.resource.Resource;
import org.renrentong.resource.Resources;

/**
 * The records of one request, for one harvester. The library pages by offset; this pages by keyset instead: the
 * resumption token (see {@link OaiTokenFormat}) hands in the seq to start after and the list size counted on the
 * first page, and this remembers where the next page starts, for the token of the answer. The offset stays the
 * cursor.
 */
final class OaiListing implements ItemRepository {

    private final OaiReach harvester;
    private final OaiRecords records;
    private final OaiIdentifiers identifiers;
    private final Resources resources;
    private final OaiMetadata metadata;
    private final OaiTokens tokens;
    private OaiTokens.State resumed;
    private long nextAfterSeq;
    private long total;
    private Instant expires;

    OaiListing(OaiReach harvester, OaiRecords records, OaiIdentifiers identifiers, Resources resources,
               OaiMetadata metadata, OaiTokens tokens) {
        this.harvester = harvester;
        this.records = records;
        this.identifiers = identifiers;
        this.resources = resources;
        this.metadata = metadata;
        this.tokens = tokens;
    }

    OaiReach harvester() {
        return harvester;
    }

    /** The client's token, checked: this request goes on from where it says. */
    void resume(OaiTokens.State state) {
        this.resumed = state;
    }

    /** The token of this request's answer, for the list the library describes in the value. */
    String nextToken(ResumptionToken.Value value) {
        return tokens.encode(new OaiTokens.State(value.getMetadataPrefix(), value.getSetSpec(), value.getFrom(),
                value.getUntil(), nextAfterSeq, value.getOffset(), total, expires()));
    }

    Instant expires() {
        if (expires == null) {
            expires = tokens.expiryFromNow();
        }
        return expires;
    }

    @Override
    public ItemIdentifier getItemIdentifier(String identifier) throws IdDoesNotExistException {
        OaiRecords.Row row = visible(identifier);
        return OaiItem.header(row, row.deletedFor(harvester));
    }

    @Override
    public Item getItem(String identifier, MetadataFormat format) throws HandlerException {
        return item(visible(identifier), format.getPrefix());
    }

    @Override
    public ResultsPage<ItemIdentifier> getItemIdentifiers(List<ScopedFilter> filters, MetadataFormat format,
                                                         int max, ResumptionToken.Value token) {
        return page(token, max, rows -> rows.stream().map(row -> OaiItem.header(row, row.deletedFor(harvester)))
                .toList());
    }

    @Override
    public ResultsPage<Item> getItems(List<ScopedFilter> filters, MetadataFormat format, int max,
                                      ResumptionToken.Value token) {
        return page(token, max, rows -> items(rows, format.getPrefix()));
    }

    private <T> ResultsPage<T> page(ResumptionToken.Value token, int max,
                                    Function<List<OaiRecords.Row>, List<? extends T>> toItems) {
        var selection = new OaiRecords.Selection(harvester, token.getFrom(), token.getUntil(), token.getSetSpec());
        long after = resumed == null ? 0 : resumed.afterSeq();
        List<OaiRecords.Row> rows = records.page(selection, after, max + 1);
        boolean more = rows.size() > max;
        List<OaiRecords.Row> shown = more ? rows.subList(0, max) : rows;
        List<T> items = new ArrayList<>(toItems.apply(shown));
        nextAfterSeq = shown.isEmpty() ? after : shown.get(shown.size() - 1).lastSeq();
        // counted once, on the first page, and carried in the token; records changed since may move it a little
        total = items.isEmpty() ? 0
                : Math.max(resumed == null ? records.count(selection) : resumed.total(), token.getOffset() + items.size());
        return new ResultsPage<>(token, more, items, (int) Math.min(total, Integer.MAX_VALUE));
    }

    private OaiRecords.Row visible(String identifier) throws IdDoesNotExistException {
        return identifiers.record(identifier).filter(row -> row.widest() >= harvester.level())
                .orElseThrow(() -> new IdDoesNotExistException("No record has the identifier " + identifier));
    }

    /** The record with its metadata; deleted when the resource no longer reaches this harvester. */
    private OaiItem item(OaiRecords.Row row, String prefix) {
        return row.deletedFor(harvester) ? OaiItem.header(row, true)
                : item(row, resources.current(row.resourceId()).orElse(null), prefix);
    }

    /** A page of records, their resources read together (a handful of queries for the page, not per record). */
    private List<OaiItem> items(List<OaiRecords.Row> rows, String prefix) {
        Map<Long, Resource> current = new HashMap<>();
        resources.current(rows.stream().filter(row -> !row.deletedFor(harvester)).map(OaiRecords.Row::resourceId)
                .toList()).forEach(r -> current.put(r.id(), r));
        return rows.stream().map(row -> row.deletedFor(harvester) ? OaiItem.header(row, true)
                : item(row, current.get(row.resourceId()), prefix)).toList();
    }

    /** Read as it stands now: a change after the records caught up must not show what it hid. */
    private OaiItem item(OaiRecords.Row row, Resource now, String prefix) {
        return now != null && OaiReach.of(now) >= harvester.level()
                ? new OaiItem(row.identifier(), row.datestamp(), row.setSpecs(), false, metadata.of(now, prefix))
                : OaiItem.header(row, true);
    }
}
