package org.renrentong.identity;

import org.renrentong.shared.Bookkeeping;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finds the existing person each staged row updates, so that re-importing a file updates instead of duplicating.
 * Only an unambiguous match within the school counts. Students: by 学号 in the school, then by ID card among the
 * school's students (a changed 学号). Teachers: by 工号, then by ID card among the school's staff. A phone never
 * matches anyone: a phone already used by another account is a row error. Rows left unmatched create new people.
 */
@Bookkeeping
final class ImportMatching {

    private final JdbcClient jdbc;
    private final StagedRoster staged;
    private final long schoolId;

    ImportMatching(JdbcClient jdbc, StagedRoster staged, long schoolId) {
        this.jdbc = jdbc;
        this.staged = staged;
        this.schoolId = schoolId;
    }

    void match() {
        update("""
                UPDATE %s s SET person_id = p.id, is_new = FALSE FROM person p
                WHERE p.school_id = :school AND p.student_no = s.student_no""", staged.students());
        update("""
                UPDATE %s s SET person_id = p.id, is_new = FALSE FROM person p
                WHERE s.is_new AND s.id_hash IS NOT NULL AND p.id_card_hash = s.id_hash
                  AND p.school_id = :school AND p.student_no IS NOT NULL""", staged.students());
        update("""
                UPDATE %s t SET person_id = p.id, is_new = FALSE FROM person p
                WHERE p.school_id = :school AND p.staff_no = t.staff_no""", staged.teachers());
        update("""
                UPDATE %s t SET person_id = p.id, is_new = FALSE FROM person p
                WHERE t.is_new AND t.id_hash IS NOT NULL AND p.id_card_hash = t.id_hash
                  AND p.school_id = :school AND p.staff_no IS NOT NULL""", staged.teachers());
    }

    private void update(String sql, String table) {
        jdbc.sql(sql.formatted(table)).param("school", schoolId).update();
    }
}
