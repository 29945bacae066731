package org.renrentong.resource;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the change log in the transaction of the change, and publishes the matching fact. Writers take one
 * transaction lock before drawing the next seq, so seqs commit in order and a harvester reading "after seq n" can
 * never miss a change committed later with a smaller seq. Write it last in the transaction: the lock is held until
 * commit.
 */
@Component
class ResourceChangeLog {

    /** The advisory lock of the change log ("reschang"). */
    private static final long LOCK = 0x7265736368616e67L;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ResourceChangeLog(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    void created(long id) {
        write(id, ChangeKind.CREATED, ReviewStatus.DRAFT, 1);
        events.publishEvent(new ResourceEvents.Created(id));
    }

    void changed(long id, ReviewStatus status, int version) {
        write(id, ChangeKind.CHANGED, status, version);
    }

    /** A review step: logged when it puts the resource into publication or takes it out. */
    void reviewed(long id, int version, ReviewStatus from, ReviewStatus to) {
        if (to == ReviewStatus.PUBLISHED) {
            write(id, ChangeKind.PUBLISHED, to, version);
            events.publishEvent(new ResourceEvents.Published(id));
        } else if (from == ReviewStatus.PUBLISHED) {
            write(id, ChangeKind.WITHDRAWN, to, version);
            events.publishEvent(new ResourceEvents.Withdrawn(id));
        }
    }

    /** A harvested page: new resources published, others changed, some withdrawn; one lock for the whole page. */
    void harvested(List<Long> published, List<Long> changed, List<Long> withdrawn) {
        if (published.isEmpty() && changed.isEmpty() && withdrawn.isEmpty()) {
            return;
        }
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(LOCK).query().listOfRows();
        writeAll(published, ChangeKind.PUBLISHED, ReviewStatus.PUBLISHED);
        writeAll(changed, ChangeKind.CHANGED, ReviewStatus.PUBLISHED);
        writeAll(withdrawn, ChangeKind.WITHDRAWN, ReviewStatus.WITHDRAWN);
    }

    private void writeAll(List<Long> ids, ChangeKind kind, ReviewStatus status) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO resource_change (seq, resource_id, kind, status, version, changed_at)
                SELECT nextval('resource_change_seq'), id, ?, ?, version, clock_timestamp()
                FROM (SELECT id, version FROM resource WHERE id = ANY(?) ORDER BY id) r""")
                .params(kind.name(), status.name(), ids.toArray(Long[]::new)).update();
    }

    private void write(long id, ChangeKind kind, ReviewStatus status, int version) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(LOCK).query().listOfRows();
        jdbc.sql("""
                INSERT INTO resource_change (seq, resource_id, kind, status, version, changed_at)
                VALUES (nextval('resource_change_seq'), ?, ?, ?, ?, clock_timestamp())""")
                .params(id, kind.name(), status.name(), version).update();
    }
}
