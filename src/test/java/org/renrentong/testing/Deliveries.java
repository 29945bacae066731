package org.renrentong.testing;

import java.util.List;
import java.util.UUID;
import org.renrentong.resource.ResourceChanges;
import org.renrentong.search.ResourceIndex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Waits for the events between modules: listeners run after commit on their own threads, so a test that looks at a
 * reaction (the search index, a notification) first waits until every publication in the outbox is delivered and
 * the search index has followed the resource change log to its end.
 */
@Component
public class Deliveries {

    private final JdbcClient jdbc;
    private final ResourceIndex index;
    private final ResourceChanges changes;

    public Deliveries(JdbcClient jdbc, ResourceIndex index, ResourceChanges changes) {
        this.jdbc = jdbc;
        this.index = index;
        this.changes = changes;
    }

    /** Returns once no publication is incomplete; fails naming them if some stay so (a listener keeps failing). */
    public void awaitAll() {
        // a generous bound against a listener that never succeeds; not a statement about speed
        long giveUpAt = System.nanoTime() + 60_000_000_000L;
        while (incomplete() > 0 || index.position() < changes.latest()) {
            if (System.nanoTime() > giveUpAt) {
                throw new IllegalStateException("index at " + index.position() + " of " + changes.latest()
                        + "; publications still incomplete: " + jdbc.sql("""
                        SELECT listener_id || ' ' || event_type || ' ' || coalesce(status, '') FROM event_publication
                        WHERE completion_date IS NULL LIMIT 10""").query(String.class).list());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public long incomplete() {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL").query(Long.class)
                .single();
    }

    /**
     * A failed delivery of "resource changed" to the search index, as a listener that threw leaves it; delivered
     * again it succeeds (the resource is put into the index or taken out).
     */
    public UUID failedIndexUpdate(long resourceId) {
        return failedIndexUpdate(jdbc, resourceId);
    }

    /** {@link #failedIndexUpdate(long)} where no bean is at hand. */
    public static UUID failedIndexUpdate(JdbcClient jdbc, long resourceId) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
                                               completion_attempts)
                VALUES (?, 'resource.search-index', 'org.renrentong.resource.ResourceEvents$Changed', ?, now(),
                        'FAILED', 1)""").params(id, "{\"resourceId\":" + resourceId + "}").update();
        return id;
    }

    /** The listeners with an incomplete publication, for tests that expect one. */
    public List<String> incompleteListeners() {
        return jdbc.sql("SELECT listener_id FROM event_publication WHERE completion_date IS NULL ORDER BY listener_id")
                .query(String.class).list();
    }
}
