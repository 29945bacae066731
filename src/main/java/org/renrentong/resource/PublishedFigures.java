package org.renrentong.resource;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The published resources of this node (those search shows; withdrawn and retired ones are not counted), local and
 * harvested, counted by node of origin and by subject with aggregate queries: the figures of a hub's statistics.
 */
@Service
public class PublishedFigures {

    /**
     * The published resources of one node of origin.
     *
     * @param originName  the name the harvested records carry; null for this node's own resources
     * @param originLevel the level their sets named (NATIONAL … SCHOOL); null for local ones and when unsaid
     * @param local       contributed at this node (not harvested)
     */
    public record ByOrigin(String originCode, String originName, String originLevel, boolean local,
                           long resources) {
    }

    /** The published resources placed in a subject's textbook tree; a null code: placed nowhere. */
    public record BySubject(String subjectCode, long resources) {
    }

    private final JdbcClient jdbc;

    PublishedFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Local resources and each harvested origin apart, most resources first. */
    public List<ByOrigin> byOrigin() {
        return jdbc.sql("""
                WITH f AS (SELECT origin, max(origin_name) AS name, origin_identifier IS NULL AS local,
                                  count(*) AS resources
                           FROM resource WHERE status = 'PUBLISHED' GROUP BY origin, origin_identifier IS NULL)
                SELECT f.*, o.level FROM f LEFT JOIN resource_origin o ON o.code = f.origin AND NOT f.local
                ORDER BY f.resources DESC, f.origin""")
                .query((rs, n) -> new ByOrigin(rs.getString("origin"), rs.getString("name"), rs.getString("level"),
                        rs.getBoolean("local"), rs.getLong("resources"))).list();
    }

    /** A resource placed in two subjects counts in each. */
    public List<BySubject> bySubject() {
        return jdbc.sql("""
                SELECT s.subject_code, count(*) AS resources
                FROM resource r
                LEFT JOIN LATERAL (SELECT DISTINCT p.subject_code FROM resource_place p WHERE p.resource_id = r.id)
                    s ON true
                WHERE r.status = 'PUBLISHED'
                GROUP BY s.subject_code ORDER BY resources DESC, s.subject_code""")
                .query((rs, n) -> new BySubject(rs.getString(1), rs.getLong(2))).list();
    }

    /** All published resources, each once. */
    public long total() {
        return jdbc.sql("SELECT count(*) FROM resource WHERE status = 'PUBLISHED'").query(Long.class).single();
    }
}
