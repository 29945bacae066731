package org.renrentong.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code upload}. */
@Repository
class UploadRepository {

    private static final String COLUMNS = "id, owner_id, school_id, name, size, expected_sha256, chunk_size, "
            + "received, state, file_id, updated_at";

    private final JdbcClient jdbc;

    UploadRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Upload u) {
        jdbc.sql("""
                        INSERT INTO upload (id, owner_id, school_id, name, size, expected_sha256, chunk_size, state)
                        VALUES (?,?,?,?,?,?,?,?)""")
                .params(u.id(), u.ownerId(), u.schoolId(), u.name(), u.size(), u.expectedSha256(), u.chunkSize(),
                        u.state())
                .update();
    }

    Optional<Upload> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM upload WHERE id = ?").param(id)
                .query(UploadRepository::map).optional();
    }

    /** The row, locked until the transaction ends: chunks of one upload are appended one at a time. */
    Optional<Upload> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM upload WHERE id = ? FOR UPDATE").param(id)
                .query(UploadRepository::map).optional();
    }

    void received(UUID id, long received) {
        jdbc.sql("UPDATE upload SET received = ?, updated_at = now() WHERE id = ?").params(received, id).update();
    }

    /** Moves a fully received upload to CHECKING; false when another request got there first. */
    boolean startChecking(UUID id) {
        return jdbc.sql("""
                        UPDATE upload SET state = 'CHECKING', updated_at = now()
                        WHERE id = ? AND state = 'RECEIVING' AND received = size""")
                .param(id).update() == 1;
    }

    void completed(UUID id, long fileId) {
        jdbc.sql("UPDATE upload SET state = 'COMPLETED', file_id = ?, updated_at = now() WHERE id = ?")
                .params(fileId, id).update();
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM upload WHERE id = ?").param(id).update();
    }

    /** Uploads in {@code states} untouched for longer than {@code age}. */
    List<Upload> stale(List<String> states, Duration age, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM upload WHERE state IN (:states) AND updated_at < :before "
                        + "ORDER BY updated_at LIMIT :limit")
                .param("states", states).param("before", Timestamp.from(Instant.now().minus(age)))
                .param("limit", limit).query(UploadRepository::map).list();
    }

    boolean exists(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM upload WHERE id = ?").param(id).query(Integer.class).single() > 0;
    }

    private static Upload map(ResultSet rs, int n) throws SQLException {
        long fileId = rs.getLong("file_id");
        Long file = rs.wasNull() ? null : fileId;
        long schoolId = rs.getLong("school_id");
        Long school = rs.wasNull() ? null : schoolId;
        return new Upload(rs.getObject("id", UUID.class), rs.getLong("owner_id"), school, rs.getString("name"),
                rs.getLong("size"), rs.getString("expected_sha256"), rs.getInt("chunk_size"), rs.getLong("received"),
                rs.getString("state"), file, rs.getTimestamp("updated_at").toInstant());
    }
}
