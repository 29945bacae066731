package org.renrentong.resource;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reviewer assignments, and whether one covers a resource. */
@Repository
class AssignmentRepository {

    private static final String SELECT = """
            SELECT a.id, a.expert_id, p.name, a.region_code, g.name AS region_name, a.subject_code, a.region_path
            FROM review_assignment a JOIN identity_v_person p ON p.id = a.expert_id
            JOIN region_v_region g ON g.code = a.region_code
            """;

    private final JdbcClient jdbc;

    AssignmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long expertId, String regionCode, String regionPath, String subjectCode) {
        return jdbc.sql("""
                INSERT INTO review_assignment (expert_id, region_code, region_path, subject_code) VALUES (?, ?, ?, ?)
                ON CONFLICT (expert_id, region_code, subject_code) DO UPDATE SET region_path = EXCLUDED.region_path
                RETURNING id""").params(expertId, regionCode, regionPath, subjectCode).query(Long.class).single();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM review_assignment WHERE id = ?").param(id).update();
    }

    Optional<ReviewerAssignment> find(long id) {
        return jdbc.sql(SELECT + " WHERE a.id = ?").param(id).query(AssignmentRepository::row).optional();
    }

    Optional<String> pathOf(long id) {
        return jdbc.sql("SELECT region_path FROM review_assignment WHERE id = ?").param(id).query(String.class)
                .optional();
    }

    /** The assignments within a region subtree (all for the national path). */
    List<ReviewerAssignment> within(String regionPath) {
        return jdbc.sql(SELECT + " WHERE a.region_path LIKE ? ORDER BY a.region_path, a.subject_code, p.name")
                .param(regionPath + "%").query(AssignmentRepository::row).list();
    }

    /** The experts whose assignments cover a resource at this region path with one of these subjects. */
    List<Long> expertsCovering(String resourcePath, Collection<String> subjectCodes) {
        if (subjectCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT DISTINCT expert_id FROM review_assignment
                WHERE :path LIKE region_path || '%' AND subject_code IN (:subjects) ORDER BY expert_id""")
                .param("path", resourcePath).param("subjects", subjectCodes).query(Long.class).list();
    }

    boolean covers(long expertId, String resourcePath, Collection<String> subjectCodes) {
        if (subjectCodes.isEmpty()) {
            return false;
        }
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM review_assignment WHERE expert_id = :expert
                    AND :path LIKE region_path || '%' AND subject_code IN (:subjects))""")
                .param("expert", expertId).param("path", resourcePath).param("subjects", subjectCodes)
                .query(Boolean.class).single();
    }

    /** Whether the person holds the expert reviewer role at all. */
    boolean isExpert(long personId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM identity_v_role_grant WHERE person_id = ? AND role = 'EXPERT')")
                .param(personId).query(Boolean.class).single();
    }

    /** Whether one of the person's expert roles is anchored at the region path or above it. */
    boolean expertCovers(long personId, String regionPath) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM identity_v_role_grant g JOIN region_v_region r ON r.code = g.region_code
                    WHERE g.person_id = ? AND g.role = 'EXPERT' AND ? LIKE r.path || '%')""")
                .params(personId, regionPath).query(Boolean.class).single();
    }

    /** The experts whose role is anchored within the region subtree or above it, by region then name. */
    List<ExpertChoice> expertsInLine(String regionPath, int limit) {
        return jdbc.sql("""
                SELECT id, name, region_name FROM (
                    SELECT DISTINCT ON (p.id) p.id, p.name, r.name AS region_name, r.path
                    FROM identity_v_role_grant g JOIN identity_v_person p ON p.id = g.person_id
                    JOIN region_v_region r ON r.code = g.region_code
                    WHERE g.role = 'EXPERT' AND (r.path LIKE :path || '%' OR :path LIKE r.path || '%')
                    ORDER BY p.id, r.path) e
                ORDER BY path, name, id LIMIT :limit""")
                .param("path", regionPath).param("limit", limit)
                .query((rs, n) -> new ExpertChoice(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    private static ReviewerAssignment row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ReviewerAssignment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), null);
    }
}
