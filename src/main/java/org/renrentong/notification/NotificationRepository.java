package org.renrentong.notification;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Notifications per person. Every query names the person, so one never reads another's; the unread and the read
 * ones each have a partial index on (person_id, id DESC), so the bell's count and each page stay small index scans
 * however large the table grows.
 */
@Repository
class NotificationRepository {

    private static final String SELECT = """
            SELECT id, kind, message_key, message_args, target_type, target_id, created_at, read_at
            FROM notification""";

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored notification, its message not yet rendered. */
    record Row(long id, NotificationKind kind, String messageKey, List<String> args, Target target, String targetId,
               Instant createdAt, Instant readAt) {
    }

    /** Writes it, unless the same fact was already told to the person: then empty. */
    Optional<Long> insert(NewNotification n) {
        return jdbc.sql("""
                INSERT INTO notification (person_id, kind, message_key, message_args, target_type, target_id, source)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (person_id, source) DO NOTHING RETURNING id""")
                .params(n.personId(), n.kind().name(), n.messageKey(), n.args().toArray(String[]::new),
                        n.target().name(), n.targetId(), n.source())
                .query(Long.class).optional();
    }

    /** Unread ones strictly before the given id, newest first. */
    List<Row> unread(long personId, long beforeId, int limit) {
        return jdbc.sql(SELECT + " WHERE person_id = ? AND read_at IS NULL AND id < ? ORDER BY id DESC LIMIT ?")
                .params(personId, beforeId, limit).query(NotificationRepository::row).list();
    }

    /** Read ones strictly before the given id, newest first. */
    List<Row> read(long personId, long beforeId, int limit) {
        return jdbc.sql(SELECT + " WHERE person_id = ? AND read_at IS NOT NULL AND id < ? ORDER BY id DESC LIMIT ?")
                .params(personId, beforeId, limit).query(NotificationRepository::row).list();
    }

    /** The unread ones, counted up to {@code cap}: the count never reads more than cap index entries. */
    long unreadCount(long personId, int cap) {
        return jdbc.sql("""
                SELECT count(*) FROM (SELECT 1 FROM notification WHERE person_id = ? AND read_at IS NULL LIMIT ?) u""")
                .params(personId, cap).query(Long.class).single();
    }

    Optional<Row> find(long personId, long id) {
        return jdbc.sql(SELECT + " WHERE person_id = ? AND id = ?").params(personId, id)
                .query(NotificationRepository::row).optional();
    }

    void markRead(long personId, long id) {
        jdbc.sql("UPDATE notification SET read_at = now() WHERE person_id = ? AND id = ? AND read_at IS NULL")
                .params(personId, id).update();
    }

    /** Marks every unread one read: how many. */
    int markAllRead(long personId) {
        return jdbc.sql("UPDATE notification SET read_at = now() WHERE person_id = ? AND read_at IS NULL")
                .param(personId).update();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Array args = rs.getArray("message_args");
        Timestamp readAt = rs.getTimestamp("read_at");
        return new Row(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")), rs.getString("message_key"),
                args == null ? List.of() : List.of((String[]) args.getArray()),
                Target.valueOf(rs.getString("target_type")), rs.getString("target_id"),
                rs.getTimestamp("created_at").toInstant(), readAt == null ? null : readAt.toInstant());
    }
}
