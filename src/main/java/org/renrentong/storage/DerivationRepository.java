package org.renrentong.storage;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code derivation}: which preview or thumbnail of a file exists, is being made, or failed. */
@Repository
class DerivationRepository {

    static final String PREVIEW = "PREVIEW";
    static final String THUMBNAIL = "THUMBNAIL";

    record Derivation(String state, Long fileId) {
        boolean ready() {
            return "READY".equals(state) && fileId != null;
        }

        boolean pending() {
            return "PENDING".equals(state);
        }
    }

    private final JdbcClient jdbc;

    DerivationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Derivation> find(long sourceId, String kind) {
        return jdbc.sql("SELECT state, file_id FROM derivation WHERE source_id = ? AND kind = ?")
                .params(sourceId, kind)
                .query((rs, n) -> new Derivation(rs.getString("state"), (Long) rs.getObject("file_id"))).optional();
    }

    /**
     * Takes the work of making this derivation: true when nobody has it, or when a maker that started longer ago
     * than {@code abandonedAfter} never finished (the node stopped meanwhile).
     */
    boolean start(long sourceId, String kind, Duration abandonedAfter) {
        return jdbc.sql("""
                        INSERT INTO derivation (source_id, kind, state) VALUES (?, ?, 'PENDING')
                        ON CONFLICT (source_id, kind) DO UPDATE SET updated_at = now()
                        WHERE derivation.state = 'PENDING' AND derivation.updated_at < ?""")
                .params(sourceId, kind, Timestamp.from(Instant.now().minus(abandonedAfter))).update() == 1;
    }

    void ready(long sourceId, String kind, long fileId) {
        jdbc.sql("UPDATE derivation SET state = 'READY', file_id = ?, updated_at = now() "
                + "WHERE source_id = ? AND kind = ?").params(fileId, sourceId, kind).update();
    }

    void failed(long sourceId, String kind) {
        jdbc.sql("UPDATE derivation SET state = 'FAILED', updated_at = now() WHERE source_id = ? AND kind = ?")
                .params(sourceId, kind).update();
    }
}
