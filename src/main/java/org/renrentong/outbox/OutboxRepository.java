package org.renrentong.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the undelivered publications of the registry's table, oldest first, by keyset. */
@Repository
class OutboxRepository {

    private static final String COLUMNS = """
            SELECT id, event_type, listener_id, publication_date, coalesce(completion_attempts, 0),
                   last_resubmission_date, status FROM event_publication""";
    /** Not delivered yet, or being delivered; FAILED ones are counted apart. */
    private static final String PENDING = "completion_date IS NULL AND status IS DISTINCT FROM 'FAILED'";
    private static final String FAILED = "completion_date IS NULL AND status = 'FAILED'";

    private final JdbcClient jdbc;

    OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to limit publications in the status (both when null) after the key (from the start when null). */
    List<Publication> page(OutboxStatus status, Instant afterDate, UUID afterId, int limit) {
        String where = status == null ? "completion_date IS NULL" : status == OutboxStatus.FAILED ? FAILED : PENDING;
        String after = afterDate == null ? "" : " AND (publication_date, id) > (:date, :id)";
        JdbcClient.StatementSpec spec = jdbc.sql(COLUMNS + " WHERE " + where + after
                + " ORDER BY publication_date, id LIMIT :limit").param("limit", limit);
        if (afterDate != null) {
            spec = spec.param("date", Timestamp.from(afterDate)).param("id", afterId);
        }
        return spec.query(OutboxRepository::row).list();
    }

    Optional<Publication> findIncomplete(UUID id) {
        return jdbc.sql(COLUMNS + " WHERE id = ? AND completion_date IS NULL").param(id)
                .query(OutboxRepository::row).optional();
    }

    long count(OutboxStatus status) {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE "
                + (status == OutboxStatus.FAILED ? FAILED : PENDING)).query(Long.class).single();
    }

    /** Marks it failed, so that the next resubmission of failed publications takes it. */
    void markFailed(UUID id) {
        jdbc.sql("UPDATE event_publication SET status = 'FAILED' WHERE id = ? AND completion_date IS NULL").param(id)
                .update();
    }

    private static Publication row(ResultSet rs, int n) throws SQLException {
        String type = rs.getString(2);
        Timestamp last = rs.getTimestamp(6);
        return new Publication(rs.getObject(1, UUID.class), type, Publication.typeKey(type), rs.getString(3),
                rs.getTimestamp(4).toInstant(), rs.getInt(5), last == null ? null : last.toInstant(),
                "FAILED".equals(rs.getString(7)) ? OutboxStatus.FAILED : OutboxStatus.PENDING);
    }
}
