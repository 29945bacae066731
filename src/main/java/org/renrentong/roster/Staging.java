package org.renrentong.roster;

import java.util.UUID;
import org.renrentong.identity.StagedRoster;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The staging tables of one job: unlogged (no WAL), created and dropped inside the import transaction, so a
 * rolled-back import leaves no trace of them. Students, teachers, the classes teachers teach, the school's classes,
 * and (while writing) identity's table of the guardians to create: together the {@link StagedRoster} that the
 * identity module reads.
 */
final class Staging {

    /** Every staged row starts as a new person; matching turns the rows of existing people into updates. */
    private static final String NEW_PERSON = "person_id BIGINT NOT NULL DEFAULT " + StagedRoster.NEW_PERSON_ID
            + ", is_new BOOLEAN NOT NULL DEFAULT TRUE";

    final String students;
    final String teachers;
    final String teaching;
    final String classes;
    final String guardians;
    private final JdbcClient jdbc;

    Staging(JdbcClient jdbc, UUID jobId) {
        this.jdbc = jdbc;
        String base = "roster_stage_" + jobId.toString().replace("-", "");
        this.students = base + "_s";
        this.teachers = base + "_t";
        this.teaching = base + "_c";
        this.classes = base + "_k";
        this.guardians = base + "_g";
    }

    void create() {
        jdbc.sql("CREATE UNLOGGED TABLE " + students + """
                 (line BIGINT NOT NULL, grade_id BIGINT NOT NULL, class_name TEXT NOT NULL, student_no TEXT NOT NULL,
                  name TEXT NOT NULL, gender TEXT NOT NULL, id_hash BYTEA, id_cipher BYTEA, id_masked TEXT,
                  guardian_name TEXT, guardian_phone TEXT, guardian_account TEXT, relation TEXT, account TEXT NOT NULL,
                  """ + NEW_PERSON + ")")
                .update();
        jdbc.sql("CREATE UNLOGGED TABLE " + teachers + """
                 (line BIGINT NOT NULL, staff_no TEXT NOT NULL, name TEXT NOT NULL, gender TEXT NOT NULL,
                  phone TEXT NOT NULL, id_hash BYTEA, id_cipher BYTEA, id_masked TEXT, account TEXT NOT NULL,
                  classes TEXT[] NOT NULL, head_class TEXT, subjects TEXT[] NOT NULL, """ + NEW_PERSON + ")")
                .update();
    }

    /**
     * After the rows are in: one row per class a teacher teaches, with the subject codes they teach there (from the
     * teachers' "code/class key" entries), and statistics for the planner.
     */
    void prepare() {
        jdbc.sql("CREATE UNLOGGED TABLE " + teaching + " AS SELECT t.line, t.staff_no, "
                + "split_part(c.ref, '/', 1)::BIGINT AS grade_id, substr(c.ref, strpos(c.ref, '/') + 1) AS class_name, "
                + "c.ref IS NOT DISTINCT FROM t.head_class AS head, CAST(NULL AS BIGINT) AS class_id, "
                + "ARRAY(SELECT split_part(s, '/', 1) FROM unnest(t.subjects) AS s "
                + "WHERE substr(s, strpos(s, '/') + 1) = c.ref ORDER BY 1) AS subjects "
                + "FROM " + teachers + " t CROSS JOIN LATERAL unnest(t.classes) AS c(ref)").update();
        jdbc.sql("ANALYZE " + students).update();
        jdbc.sql("ANALYZE " + teachers).update();
        jdbc.sql("ANALYZE " + teaching).update();
    }

    StagedRoster staged() {
        return new StagedRoster(students, teachers, teaching, classes, guardians);
    }

    void drop() {
        jdbc.sql("DROP TABLE IF EXISTS " + String.join(", ", students, teachers, teaching, classes, guardians))
                .update();
    }
}
