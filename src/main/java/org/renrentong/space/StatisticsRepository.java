package org.renrentong.space;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Set-based counting. Above the school, people are counted per school from the person_school index and spaces
 * per school from the partial space_personal_stats index (both index-only), then rolled up — no join of millions
 * of people with their spaces. Within a school, students are counted per class through their own spaces.
 */
@Repository
class StatisticsRepository {

    private static final String PER_SCHOOL = """
            WITH scoped AS (SELECT id, name, region_path FROM org_v_school WHERE region_path LIKE :prefix),
            people AS (SELECT school_id, count(*) AS n FROM identity_v_person
                       WHERE school_id IN (SELECT id FROM scoped) GROUP BY school_id),
            spaces AS (SELECT school_id, count(opened_at) AS opened,
                              count(*) FILTER (WHERE last_active_at >= :since) AS active
                       FROM space WHERE kind = 'PERSONAL' AND school_id IN (SELECT id FROM scoped) GROUP BY school_id),
            per_school AS (SELECT s.id, s.name, s.region_path, COALESCE(p.n, 0) AS people,
                                  COALESCE(x.opened, 0) AS opened, COALESCE(x.active, 0) AS active
                           FROM scoped s LEFT JOIN people p ON p.school_id = s.id LEFT JOIN spaces x ON x.school_id = s.id)
            """;

    private final JdbcClient jdbc;

    StatisticsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Named(long id, String name, SpaceReport.Counts counts, Long spaceId) {
    }

    record SchoolRef(long id, String name, String regionPath, String countyCode) {
    }

    /** Counts per child region of the region at {@code path}, keyed by the child's path. */
    Map<String, SpaceReport.Counts> byChildRegion(String path, Instant since) {
        Map<String, SpaceReport.Counts> counts = new HashMap<>();
        jdbc.sql(PER_SCHOOL + """
                SELECT left(region_path, :len) AS child, sum(people) AS people, sum(opened) AS opened,
                       sum(active) AS active
                FROM per_school GROUP BY 1""")
                .param("prefix", path + "%").param("since", Timestamp.from(since))
                .param("len", path.length() + 7)
                .query(rs -> {
                    counts.put(rs.getString("child"), counts(rs));
                });
        return counts;
    }

    List<Named> bySchool(String path, Instant since) {
        return jdbc.sql(PER_SCHOOL + """
                SELECT ps.id, ps.name, ps.people, ps.opened, ps.active, sp.id AS space_id
                FROM per_school ps LEFT JOIN space sp ON sp.kind = 'SCHOOL' AND sp.owner_id = ps.id
                ORDER BY ps.name, ps.id""")
                .param("prefix", path + "%").param("since", Timestamp.from(since))
                .query(StatisticsRepository::named).list();
    }

    List<Named> byClass(long schoolId, Instant since) {
        return jdbc.sql("""
                SELECT c.id, c.grade_name || c.name AS name, count(cs.person_id) AS people,
                       count(sp.opened_at) AS opened,
                       count(*) FILTER (WHERE sp.last_active_at >= :since) AS active, cls.id AS space_id
                FROM org_v_class c
                LEFT JOIN identity_v_class_student cs ON cs.class_id = c.id
                LEFT JOIN space sp ON sp.kind = 'PERSONAL' AND sp.owner_id = cs.person_id
                LEFT JOIN space cls ON cls.kind = 'CLASS' AND cls.owner_id = c.id
                WHERE c.school_id = :school
                GROUP BY c.id, c.grade_name, c.name, c.year_level, cls.id
                ORDER BY c.year_level, length(c.name), c.name, c.id""")
                .param("school", schoolId).param("since", Timestamp.from(since))
                .query(StatisticsRepository::named).list();
    }

    /** The school's people in no class: teachers, administrators and other staff. */
    SpaceReport.Counts staff(long schoolId, Instant since) {
        return jdbc.sql("""
                SELECT count(*) AS people, count(sp.opened_at) AS opened,
                       count(*) FILTER (WHERE sp.last_active_at >= :since) AS active
                FROM identity_v_person p LEFT JOIN space sp ON sp.kind = 'PERSONAL' AND sp.owner_id = p.id
                WHERE p.school_id = :school
                  AND NOT EXISTS (SELECT 1 FROM identity_v_class_student cs WHERE cs.person_id = p.id)""")
                .param("school", schoolId).param("since", Timestamp.from(since))
                .query((rs, n) -> counts(rs)).single();
    }

    Optional<SchoolRef> school(long schoolId) {
        return jdbc.sql("SELECT id, name, region_path, county_code FROM org_v_school WHERE id = ?").param(schoolId)
                .query((rs, n) -> new SchoolRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    private static SpaceReport.Counts counts(ResultSet rs) throws SQLException {
        return new SpaceReport.Counts(rs.getLong("people"), rs.getLong("opened"), rs.getLong("active"));
    }

    private static Named named(ResultSet rs, int n) throws SQLException {
        return new Named(rs.getLong("id"), rs.getString("name"), counts(rs), (Long) rs.getObject("space_id"));
    }
}
