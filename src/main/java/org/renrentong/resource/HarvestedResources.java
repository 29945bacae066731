package org.renrentong.resource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Resources harvested from other nodes, stored a page at a time, set-based: a page of a thousand records costs a
 * handful of statements. A record is one resource by its origin's OAI identifier, however many paths bring it; an
 * older or unchanged copy of it is skipped. Stored records are published at once (they were reviewed at their
 * origin) and enter the change log, so the search index picks them up and this node serves them on with their
 * origin. A record deleted at its source is withdrawn here, and the files copied of it are released.
 */
@Service
public class HarvestedResources {

    private final HarvestedRepository harvested;
    private final ResourceChangeLog changes;
    private final SearchFeed feed;
    private final HarvestedFiles files;
    private final AuditLog audit;

    HarvestedResources(HarvestedRepository harvested, ResourceChangeLog changes, SearchFeed feed,
                       HarvestedFiles files, AuditLog audit) {
        this.files = files;
        this.harvested = harvested;
        this.changes = changes;
        this.feed = feed;
        this.audit = audit;
    }

    /** What a stored page changed: new resources, updated ones, withdrawn ones, and records skipped as unchanged. */
    public record Stored(int created, int updated, int withdrawn, int unchanged) {
    }

    /**
     * Stores one page in the caller's transaction (the harvester commits its own standing with it).
     *
     * @param source the name of the source the page came from, for the audit log
     */
    @Transactional
    public Stored store(Actor actor, String source, List<HarvestedRecord> page) {
        if (!ResourcePolicy.mayStoreHarvested(actor)) {
            throw DomainException.forbidden();
        }
        Collection<HarvestedRecord> latest = latestPerIdentifier(page);
        List<HarvestedRecord> kept = latest.stream().filter(r -> !r.deleted()).toList();
        List<HarvestedRecord> gone = latest.stream().filter(HarvestedRecord::deleted).toList();
        List<HarvestedRepository.Upserted> upserted = harvested.upsert(kept);
        List<Long> fresh = new ArrayList<>();
        List<Long> changed = new ArrayList<>();
        upserted.forEach(u -> (u.created() ? fresh : changed).add(u.id()));
        harvested.replaceKeywordsAndPlaces(upserted, kept);
        harvested.rememberOrigins(kept);
        List<Long> withdrawn = harvested.withdraw(gone);
        files.releaseOf(actor, withdrawn);
        changes.harvested(fresh, changed, withdrawn);
        wakeSearchAfterCommit();
        Stored stored = new Stored(fresh.size(), changed.size(), withdrawn.size(),
                page.size() - fresh.size() - changed.size() - withdrawn.size());
        audit.record(actor.audited("RESOURCES_HARVESTED", "harvest_source", null, actor.regionPath(), null,
                source, stored.created(), stored.updated(), stored.withdrawn()));
        return stored;
    }

    /** The names of the nodes of origin by code: this node's and those met by harvesting. */
    public Map<String, String> originNames(String thisCode, String thisName) {
        Map<String, String> names = new HashMap<>();
        harvested.origins().forEach((code, origin) -> names.put(code, origin.name()));
        names.put(thisCode, thisName);
        return names;
    }

    /** The levels of the nodes of origin met by harvesting whose records said it, by code. */
    public Map<String, String> originLevels() {
        Map<String, String> levels = new HashMap<>();
        harvested.origins().forEach((code, origin) -> {
            if (origin.level() != null) {
                levels.put(code, origin.level());
            }
        });
        return levels;
    }

    /** One record per identifier (a page may carry two versions of one): the later one. */
    private static Collection<HarvestedRecord> latestPerIdentifier(List<HarvestedRecord> page) {
        Map<String, HarvestedRecord> latest = new LinkedHashMap<>();
        for (HarvestedRecord r : page) {
            latest.merge(r.identifier(), r, (a, b) -> b.datestamp().isBefore(a.datestamp()) ? a : b);
        }
        return latest.values();
    }

    private void wakeSearchAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    feed.wake();
                }
            });
        }
    }
}
