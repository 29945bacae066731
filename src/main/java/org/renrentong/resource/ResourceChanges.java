package org.renrentong.resource;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The change log of resources for harvesting nodes, in commit order: created, changed, published, withdrawn (and
 * later deleted), each with its datestamp. Keyset paged by seq: ask again with the last seq you got. It tells what
 * changed, not who may see it: a reader serving it to other nodes keeps to public, published resources.
 */
@Service
public class ResourceChanges {

    static final int MAX = 1000;

    private final JdbcClient jdbc;

    ResourceChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to limit changes after the seq (0 for the first), oldest first. */
    public List<ResourceChange> since(long afterSeq, int limit) {
        return jdbc.sql("SELECT * FROM resource_change WHERE seq > ? ORDER BY seq LIMIT ?")
                .params(afterSeq, Math.max(1, Math.min(limit, MAX))).query(ResourceChanges::row).list();
    }

    /**
     * Up to limit changes with a datestamp from {@code from} up to and including {@code until} (whole seconds, as
     * OAI-PMH asks; null for open), after the seq (0 for the first), oldest first.
     */
    public List<ResourceChange> between(Instant from, Instant until, long afterSeq, int limit) {
        Timestamp lower = from == null ? null : Timestamp.from(from);
        Timestamp upper = until == null ? null : Timestamp.from(until.plusSeconds(1));
        return jdbc.sql("""
                SELECT * FROM resource_change
                WHERE (CAST(:from AS timestamptz) IS NULL OR changed_at >= :from)
                  AND (CAST(:until AS timestamptz) IS NULL OR changed_at < :until)
                  AND seq > :after ORDER BY seq LIMIT :limit""")
                .param("from", lower).param("until", upper).param("after", afterSeq)
                .param("limit", Math.max(1, Math.min(limit, MAX))).query(ResourceChanges::row).list();
    }

    /** The newest seq (0 while the log is empty): where a new harvester starts when it wants no history. */
    public long latest() {
        return jdbc.sql("SELECT coalesce(max(seq), 0) FROM resource_change").query(Long.class).single();
    }

    private static ResourceChange row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ResourceChange(rs.getLong("seq"), rs.getLong("resource_id"),
                ChangeKind.valueOf(rs.getString("kind")), ReviewStatus.valueOf(rs.getString("status")), rs.getInt("version"),
                rs.getTimestamp("changed_at").toInstant());
    }
}
