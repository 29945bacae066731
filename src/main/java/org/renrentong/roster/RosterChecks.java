package org.renrentong.roster;

import org.renrentong.identity.Actor;
import org.renrentong.identity.PeopleImport;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The checks that need all rows at once, run as SQL on the staging tables: duplicates within the file, and, after
 * the identity module matched rows to the people they update, conflicts with people elsewhere. Each finding names
 * its line.
 */
final class RosterChecks {

    private final JdbcClient jdbc;
    private final Staging staging;
    private final PeopleImport people;
    private final Actor actor;
    private final long schoolId;
    private final String studentSheet;
    private final String teacherSheet;
    private final ErrorCollector errors;

    RosterChecks(JdbcClient jdbc, Staging staging, PeopleImport people, Actor actor, long schoolId,
                 String studentSheet, String teacherSheet, ErrorCollector errors) {
        this.jdbc = jdbc;
        this.staging = staging;
        this.people = people;
        this.actor = actor;
        this.schoolId = schoolId;
        this.studentSheet = studentSheet;
        this.teacherSheet = teacherSheet;
        this.errors = errors;
    }

    /** Duplicates first; then identity matches the rows to the people they update and finds clashes with others. */
    void run() {
        duplicatesWithinFile();
        people.match(actor, schoolId, staging.staged());
        people.conflicts(actor, schoolId, staging.staged(), this::report);
    }

    private void duplicatesWithinFile() {
        laterDuplicates(staging.students, "student_no", studentSheet, RosterColumn.STUDENT_NO);
        laterDuplicates(staging.teachers, "staff_no", teacherSheet, RosterColumn.STAFF_NO);
        laterDuplicates(staging.teachers, "phone", teacherSheet, RosterColumn.PHONE);
        laterDuplicates(staging.teachers, "head_class", teacherSheet, RosterColumn.HEAD_OF);
        report(teacherSheet, RosterColumn.SUBJECTS, "roster.check.subjectTwice", """
                SELECT DISTINCT line, first FROM (
                    SELECT line, min(line) OVER (PARTITION BY grade_id, class_name, subject) AS first
                    FROM %s CROSS JOIN LATERAL unnest(subjects) AS s(subject)) x
                WHERE line > first ORDER BY line""".formatted(staging.teaching));
        report(studentSheet, RosterColumn.GUARDIAN_NAME, "roster.check.guardianName", """
                SELECT line, first FROM (SELECT line, guardian_name, first_value(guardian_name) OVER w AS first_name,
                       first_value(line) OVER w AS first FROM %s WHERE guardian_phone IS NOT NULL
                       WINDOW w AS (PARTITION BY guardian_phone ORDER BY line)) x
                WHERE guardian_name <> first_name ORDER BY line""".formatted(staging.students));
        each(jdbc.sql("""
                SELECT kind, line, first_kind, first_line FROM (
                    SELECT kind, line, first_value(kind) OVER w AS first_kind, first_value(line) OVER w AS first_line
                    FROM (SELECT 0 AS kind, line, id_hash FROM %s WHERE id_hash IS NOT NULL
                          UNION ALL SELECT 1, line, id_hash FROM %s WHERE id_hash IS NOT NULL) u
                    WINDOW w AS (PARTITION BY id_hash ORDER BY kind, line)) x
                WHERE kind <> first_kind OR line <> first_line ORDER BY kind, line"""
                .formatted(staging.students, staging.teachers)), rs -> {
                    String sheet = rs.getInt(1) == 0 ? studentSheet : teacherSheet;
                    if (rs.getInt(1) == rs.getInt(3)) {
                        errors.add(sheet, rs.getLong(2), RosterColumn.ID_CARD.header(), "roster.check.duplicate",
                                rs.getLong(4));
                    } else {
                        errors.add(sheet, rs.getLong(2), RosterColumn.ID_CARD.header(),
                                "roster.check.duplicateOtherSheet", studentSheet, rs.getLong(4));
                    }
                });
    }

    /** A conflict found by the identity module, reported in the column and words of the file. */
    private void report(PeopleImport.Finding f) {
        String sheet = f.sheet() == PeopleImport.Sheet.STUDENTS ? studentSheet : teacherSheet;
        RosterColumn number = f.sheet() == PeopleImport.Sheet.STUDENTS ? RosterColumn.STUDENT_NO
                : RosterColumn.STAFF_NO;
        switch (f.problem()) {
            case ID_CARD_OTHER_PERSON -> errors.add(sheet, f.line(), RosterColumn.ID_CARD.header(),
                    "roster.check.idCardOtherPerson", f.detail());
            case ID_CARD_UNUSABLE -> errors.add(sheet, f.line(), RosterColumn.ID_CARD.header(),
                    "roster.check.idCardUnusable");
            case PHONE_TAKEN -> errors.add(sheet, f.line(), RosterColumn.PHONE.header(), "roster.check.phoneTaken");
            case SAME_PERSON -> errors.add(sheet, f.line(), number.header(), "roster.check.samePerson", f.detail());
            case ACCOUNT_TAKEN -> errors.add(sheet, f.line(), number.header(), "roster.check.accountTaken", f.detail());
            case GUARDIAN_ACCOUNT_TAKEN -> errors.add(sheet, f.line(), RosterColumn.GUARDIAN_PHONE.header(),
                    "roster.check.accountTaken", f.detail());
        }
    }

    /** Rows repeating a value an earlier row already has; reported at the later row, naming the first. */
    private void laterDuplicates(String table, String column, String sheet, RosterColumn field) {
        report(sheet, field, "roster.check.duplicate", """
                SELECT line, first FROM (SELECT line, min(line) OVER (PARTITION BY %2$s) AS first FROM %1$s
                                         WHERE %2$s IS NOT NULL) x
                WHERE line > first ORDER BY line""".formatted(table, column));
    }

    /** Runs a query yielding (line, first line) and reports each row with the first line as the argument. */
    private void report(String sheet, RosterColumn field, String messageKey, String sql) {
        each(jdbc.sql(sql), rs -> errors.add(sheet, rs.getLong(1), field.header(), messageKey, rs.getLong(2)));
    }

    private static void each(JdbcClient.StatementSpec query, RowCallbackHandler handler) {
        query.query(handler);
    }
}
