package org.renrentong.resource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.stream.Stream;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.search.ResourceDocument;
import org.renrentong.search.ResourceIndex;
import org.renrentong.search.ResourceSource;
import org.renrentong.shared.DomainException;
import org.renrentong.taxonomy.TreePlace;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Keeps the search index in step with the published resources: after each committed change (a durable event,
 * delivered again after a failure or a crash) the resource is put into the index or taken out; use counts and
 * ratings come from {@code UseCountSync}. A platform administrator (or {@code --renrentong.search.rebuild}
 * at start) rebuilds the whole index from the database.
 */
@Component
public class SearchFeed implements ResourceSource {

    private final ResourceReader reader;
    private final ResourceRepository resources;
    private final ResourceIndex index;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Duration delay;
    /** Resources waiting for the index; whoever refreshes takes all that wait, so a burst costs few reopens. */
    private final Queue<Waiting> waiting = new ConcurrentLinkedQueue<>();

    SearchFeed(ResourceReader reader, ResourceRepository resources, ResourceIndex index, JdbcClient jdbc,
               AuditLog audit, @Value("${renrentong.search.test-index-delay:0s}") Duration delay) {
        this.reader = reader;
        this.resources = resources;
        this.index = index;
        this.jdbc = jdbc;
        this.audit = audit;
        this.delay = delay;
    }

    // no transaction: the listener only reads, and holds no connection while it waits for the shared refresh
    @ApplicationModuleListener(id = "resource.search-index", propagation = Propagation.NOT_SUPPORTED)
    void changed(ResourceEvents.Changed event) throws InterruptedException {
        // off (0s) unless a test holds deliveries back to crash the node between commit and delivery
        Thread.sleep(delay.toMillis());
        update(event.resourceId());
    }

    /**
     * Brings one resource to the index, together with the others waiting meanwhile (one refresh for all); throws if
     * that refresh failed, so the publication stays in the outbox.
     */
    void update(long id) {
        Waiting mine = new Waiting(id);
        waiting.add(mine);
        synchronized (this) {
            if (!mine.done) {
                List<Waiting> batch = new ArrayList<>();
                for (Waiting w = waiting.poll(); w != null; w = waiting.poll()) {
                    batch.add(w);
                }
                RuntimeException failure = null;
                try {
                    Set<Long> ids = new LinkedHashSet<>();
                    batch.forEach(w -> ids.add(w.id));
                    refresh(ids);
                } catch (RuntimeException e) {
                    failure = e;
                }
                for (Waiting w : batch) {
                    w.failure = failure;
                    w.done = true;
                }
            }
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
    }

    /**
     * Brings these resources' use counts and ratings to the index, without reading or rewriting the rest of them.
     * Under the refresh's lock, so that a whole document read before the counts changed cannot overwrite them.
     */
    synchronized void updateUses(Collection<Long> ids) {
        index.putUses(resources.useCounts(ids));
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

    /** A resource waiting for the index; its fields are written and read under the feed's lock. */
    private static final class Waiting {
        final long id;
        boolean done;
        RuntimeException failure;

        Waiting(long id) {
            this.id = id;
        }
    }

    private static List<String> codes(Resource r, Function<TreePlace, String> code) {
        return r.places().stream().map(code).filter(c -> c != null).distinct().toList();
    }
}
