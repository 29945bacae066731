package org.renrentong.resource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.search.ResourceDocument;
import org.renrentong.search.ResourceIndex;
import org.renrentong.search.ResourceSource;
import org.renrentong.shared.DomainException;
import org.renrentong.taxonomy.TreePlace;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the search index in step with the published resources: after each committed change the resource is put
 * into the index or taken out (use counts and ratings come in batches, see {@code UseFeed}); a platform administrator (or {@code --renrentong.search.rebuild} at start) rebuilds
 * the whole index from the database.
 */
@Component
public class SearchFeed implements ResourceSource {

    private final ResourceReader reader;
    private final ResourceRepository resources;
    private final ResourceIndex index;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    SearchFeed(ResourceReader reader, ResourceRepository resources, ResourceIndex index, JdbcClient jdbc,
               AuditLog audit) {
        this.reader = reader;
        this.resources = resources;
        this.index = index;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(ResourceEvents.Changed event) {
        refresh(List.of(event.resourceId()));
    }

    /**
     * Puts the published ones of these resources into the index (in one call) and takes the others out. One refresh
     * at a time, so that a batch read before a withdrawal cannot put the withdrawn resource back after it.
     */
    synchronized void refresh(Collection<Long> ids) {
        List<ResourceDocument> docs = new ArrayList<>();
        for (long id : ids) {
            resources.find(id).map(reader::of).filter(Resource::published)
                    .ifPresentOrElse(r -> docs.add(document(r)), () -> index.remove(id));
        }
        if (docs.size() == 1) {
            index.put(docs.get(0));
        } else if (!docs.isEmpty()) {
            index.putAll(docs);
        }
    }

    /** Every published resource as a search document, read id by id so memory stays flat. */
    @Override
    public Stream<ResourceDocument> all() {
        return jdbc.sql("SELECT id FROM resource WHERE status = 'PUBLISHED' ORDER BY id").query(Long.class).stream()
                .map(reader::get).map(SearchFeed::document);
    }

    /** Rebuilds the index from the database; platform administrators only. */
    public long rebuild(Actor actor) {
        if (!ResourcePolicy.mayRebuildIndex(actor)) {
            throw DomainException.forbidden();
        }
        long count = rebuild();
        audit.record(actor.audited("SEARCH_REBUILT", "search_index", null, actor.regionPath(), null,
                count));
        return count;
    }

    long rebuild() {
        long count = jdbc.sql("SELECT count(*) FROM resource WHERE status = 'PUBLISHED'").query(Long.class).single();
        try (Stream<ResourceDocument> docs = all()) {
            index.rebuild(docs);
        }
        return count;
    }

    static ResourceDocument document(Resource r) {
        Set<Long> nodes = new LinkedHashSet<>();
        r.places().forEach(p -> nodes.addAll(p.ancestorIds()));
        String visibility = r.visibility().name();
        Long organisation = r.visibility() == ResourceVisibility.ORGANISATION ? r.schoolId() : null;
        return new ResourceDocument(r.id(), r.title(), r.description(), r.keywords(), r.type().name(),
                List.copyOf(nodes), codes(r, TreePlace::stageCode), codes(r, TreePlace::subjectCode),
                codes(r, TreePlace::editionCode), codes(r, TreePlace::gradeCode), r.origin(), visibility,
                organisation, r.publishedAt(), r.downloads() + r.favourites(), r.rating());
    }

    private static List<String> codes(Resource r, Function<TreePlace, String> code) {
        return r.places().stream().map(code).filter(c -> c != null).distinct().toList();
    }
}
