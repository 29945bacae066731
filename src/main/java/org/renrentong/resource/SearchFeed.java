package org.renrentong.resource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Stream;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.search.ResourceDocument;
import org.renrentong.search.ResourceIndex;
import org.renrentong.search.ResourceSource;
import org.renrentong.shared.DomainException;
import org.renrentong.taxonomy.TreePlace;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Keeps the search index in step with the published resources by following the change log: each committed change
 * (an event) wakes a catch-up to the log, a timer and the start do so too, and the index commits how far it got, so
 * that nothing is lost to a failure or a crash. A burst of changes costs one read per resource changed, not per
 * change. Use counts and ratings come from {@code UseCountSync}. A platform administrator (or {@code --renrentong.search.rebuild}
 * at start) rebuilds the whole index from the database.
 */
@Component
public class SearchFeed implements ResourceSource {

    private static final Logger log = LoggerFactory.getLogger(SearchFeed.class);

    private final ResourceReader reader;
    private final ResourceRepository resources;
    private final ResourceIndex index;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Duration delay;
    private final ResourceChanges changes;
    /** One catch-up at a time runs here; {@link #asked} is set while one is asked for and not yet started. */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "search-catch-up");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean asked = new AtomicBoolean();

    SearchFeed(ResourceReader reader, ResourceRepository resources, ResourceIndex index, JdbcClient jdbc,
               AuditLog audit, ResourceChanges changes,
               @Value("${renrentong.search.test-index-delay:0s}") Duration delay) {
        this.reader = reader;
        this.resources = resources;
        this.index = index;
        this.jdbc = jdbc;
        this.audit = audit;
        this.delay = delay;
        this.changes = changes;
    }

    // no transaction and no waiting: the event only wakes the catch-up; the change log and the index's position
    // make the indexing durable, so the delivery is done once the catch-up is asked for
    @ApplicationModuleListener(id = "resource.search-index", propagation = Propagation.NOT_SUPPORTED)
    void changed(ResourceEvents.Changed event) {
        wake();
    }

    /** Asks for a catch-up; asks made while one waits to start share it, so a burst costs few catch-ups. */
    void wake() {
        if (asked.compareAndSet(false, true)) {
            worker.execute(this::catchUpNow);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** Also on a timer: a node behind a balancer rarely receives the events of the others, and a failure retries. */
    @Scheduled(fixedDelayString = "${renrentong.search.catch-up-interval:5s}",
            initialDelayString = "${renrentong.search.catch-up-interval:5s}")
    void onTimer() {
        wake();
    }

    private void catchUpNow() {
        asked.set(false);
        try {
            catchUp();
        } catch (RuntimeException e) {
            log.warn("Cannot bring the search index up to the resource changes; trying again shortly", e);
        }
    }

    /**
     * Reads the change log after the index's position and puts each changed resource into the index or takes it
     * out, a page at a time, a resource changed many times read once per page. The position is committed with the
     * index, so after a crash the node goes on from the last change the index still holds.
     */
    synchronized void catchUp() {
        sleepForTests();
        for (long at = index.position(); ; ) {
            List<ResourceChange> page = changes.since(at, ResourceChanges.MAX);
            if (page.isEmpty()) {
                return;
            }
            Set<Long> ids = new LinkedHashSet<>();
            page.forEach(c -> ids.add(c.resourceId()));
            refresh(ids);
            at = page.get(page.size() - 1).seq();
            index.followedTo(at);
        }
    }

    private void sleepForTests() {
        // off (0s) unless a test holds the index back to crash the node between commit and indexing
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
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
     * Puts the published ones of these resources into the index and takes the others out, in one write. One refresh
     * at a time, so that a batch read before a withdrawal cannot put the withdrawn resource back after it.
     */
    synchronized void refresh(Collection<Long> ids) {
        List<ResourceDocument> docs = new ArrayList<>();
        Set<Long> published = new java.util.HashSet<>();
        for (Resource r : reader.allOf(ids)) {
            if (r.published()) {
                docs.add(document(r));
                published.add(r.id());
            }
        }
        index.putAndRemove(docs, ids.stream().filter(id -> !published.contains(id)).toList());
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
        index.rebuild(this);
        return count;
    }

    @Override
    public long position() {
        return changes.latest();
    }

    /** At start, in the background: the changes made while the node was down, or lost from the index by a crash. */
    @EventListener(ApplicationReadyEvent.class)
    void catchUpAtStart() {
        wake();
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
