package org.renrentong.classroom.closure;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The figures of a closure, counted in the database per unit (school or class) and day, so that a county of a
 * hundred thousand students is a few grouped queries. The unit's classes come from the published views.
 */
@Repository
class ClosureFiguresRepository {

    record Unit(long unit, String unitName, long students) {
    }

    record Count(long unit, LocalDate day, long count) {
    }

    record Homework(long unit, LocalDate day, long due, long handedIn) {
    }

    /** The classes in scope, each with its unit: schools of a region (or one school), or the classes of one school. */
    private static final String BY_SCHOOL = """
            WITH scope AS (
                SELECT c.id AS class_id, s.id AS unit, s.name AS unit_name
                FROM org_v_class c JOIN org_v_school s ON s.id = c.school_id
                WHERE s.region_path LIKE :path AND (CAST(:school AS BIGINT) IS NULL OR s.id = :school))
            """;
    private static final String BY_CLASS = """
            WITH scope AS (
                SELECT c.id AS class_id, c.id AS unit, c.grade_name || c.name AS unit_name
                FROM org_v_class c JOIN org_v_school s ON s.id = c.school_id
                WHERE s.region_path LIKE :path AND (CAST(:school AS BIGINT) IS NULL OR s.id = :school))
            """;

    private final JdbcClient jdbc;

    ClosureFiguresRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Unit> units(boolean perClass, String path, Long schoolId) {
        return jdbc.sql(scope(perClass) + """
                        SELECT u.unit, min(u.unit_name) AS unit_name, count(cs.person_id) AS students
                        FROM scope u LEFT JOIN identity_v_class_student cs ON cs.class_id = u.class_id
                        GROUP BY u.unit ORDER BY min(u.unit_name), u.unit""")
                .param("path", path + "%").param("school", schoolId).query(Unit.class).list();
    }

    /** Students who opened at least one lesson, per unit and day. */
    List<Count> opened(boolean perClass, String path, Long schoolId, LocalDate first, LocalDate last) {
        return jdbc.sql(scope(perClass) + """
                        SELECT u.unit, o.lesson_date AS day, count(DISTINCT o.student_id) AS count
                        FROM closure_opening o JOIN scope u ON u.class_id = o.class_id
                        WHERE o.lesson_date BETWEEN :first AND :last
                        GROUP BY u.unit, o.lesson_date""")
                .param("path", path + "%").param("school", schoolId)
                .param("first", Date.valueOf(first)).param("last", Date.valueOf(last))
                .query(Count.class).list();
    }

    /**
     * Per unit and day (of the due time, Asia/Shanghai): the students with homework due, and those of them who handed
     * all of it in.
     */
    List<Homework> homework(boolean perClass, String path, Long schoolId, Instant from, Instant to) {
        return jdbc.sql(scope(perClass) + """
                        , due AS (
                            SELECT hc.homework_id, hc.class_id, hc.chosen_only,
                                   (h.due_at AT TIME ZONE 'Asia/Shanghai')::date AS day
                            FROM homework h JOIN homework_class hc ON hc.homework_id = h.id
                            JOIN scope u ON u.class_id = hc.class_id
                            WHERE NOT h.withdrawn AND h.due_at >= :from AND h.due_at < :to),
                        assigned AS (
                            SELECT d.homework_id, d.class_id, d.day, cs.person_id AS student_id
                            FROM due d JOIN identity_v_class_student cs ON cs.class_id = d.class_id
                            WHERE NOT d.chosen_only
                            UNION ALL
                            SELECT d.homework_id, d.class_id, d.day, hs.student_id
                            FROM due d JOIN homework_student hs ON hs.homework_id = d.homework_id
                                                               AND hs.class_id = d.class_id
                            WHERE d.chosen_only),
                        per_student AS (
                            SELECT a.class_id, a.day, a.student_id, bool_and(s.id IS NOT NULL) AS all_in
                            FROM assigned a LEFT JOIN homework_submission s ON s.homework_id = a.homework_id
                                                                           AND s.student_id = a.student_id
                            GROUP BY a.class_id, a.day, a.student_id)
                        SELECT u.unit, p.day, count(*) AS due, count(*) FILTER (WHERE p.all_in) AS handed_in
                        FROM per_student p JOIN scope u ON u.class_id = p.class_id
                        GROUP BY u.unit, p.day""")
                .param("path", path + "%").param("school", schoolId)
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query(Homework.class).list();
    }

    private static String scope(boolean perClass) {
        return perClass ? BY_CLASS : BY_SCHOOL;
    }
}
