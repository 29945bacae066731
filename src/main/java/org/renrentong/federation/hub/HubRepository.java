package org.renrentong.federation.hub;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the federation knows of the nodes of origin: the joined nodes' levels and the sources' last harvests. */
@Repository
class HubRepository {

    private final JdbcClient jdbc;

    HubRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The level of each joined node (parent and children), by code. */
    Map<String, String> peerLevels() {
        Map<String, String> levels = new HashMap<>();
        jdbc.sql("SELECT code, level FROM node_peer").query(rs -> {
            levels.put(rs.getString(1), rs.getString(2));
        });
        return levels;
    }

    /**
     * A harvest source and when its last complete run finished (null: none yet).
     *
     * @param nodeCode the child's code, or null for an external source
     */
    record SourceHarvest(long id, String name, String nodeCode, Instant lastHarvest) {
    }

    List<SourceHarvest> sources() {
        return jdbc.sql("""
                SELECT s.id, s.name, s.node_code,
                       (SELECT max(r.finished_at) FROM harvest_run r WHERE r.source_id = s.id AND r.status = 'DONE')
                FROM harvest_source s ORDER BY s.id""")
                .query((rs, n) -> new SourceHarvest(rs.getLong(1), rs.getString(2), rs.getString(3),
                        instant(rs.getTimestamp(4)))).list();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
