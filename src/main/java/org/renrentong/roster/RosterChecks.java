package org.renrentong.roster;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The checks that need all rows at once, run as SQL on the staging tables: duplicates within the file, and, after
 * matching rows to the people they update, conflicts with people elsewhere. Each finding names its line.
 */
final class RosterChecks {

    private final JdbcClient jdbc;
    private final Staging staging;
    private final long schoolId;
    private final String studentSheet;
    private final String teacherSheet;
    private final ErrorCollector errors;

    RosterChecks(JdbcClient jdbc, Staging staging, long schoolId, String studentSheet, String teacherSheet,
                 ErrorCollector errors) {
        this.jdbc = jdbc;
        this.staging = staging;
        this.schoolId = schoolId;
        this.studentSheet = studentSheet;
        this.teacherSheet = teacherSheet;
        this.errors = errors;
    }

    void run() {
        duplicatesWithinFile();
        new RosterMatching(jdbc, staging, schoolId).match();
        conflictsWithOthers();
    }

    private void duplicatesWithinFile() {
        laterDuplicates(staging.students, "student_no", studentSheet, RosterColumn.STUDENT_NO);
        laterDuplicates(staging.teachers, "staff_no", teacherSheet, RosterColumn.STAFF_NO);
        laterDuplicates(staging.teachers, "phone", teacherSheet, RosterColumn.PHONE);
        laterDuplicates(staging.teachers, "head_class", teacherSheet, RosterColumn.HEAD_OF);
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

    private void conflictsWithOthers() {
        otherOwners(staging.students, "id_hash", "id_card_hash", studentSheet, RosterColumn.ID_CARD);
        otherOwners(staging.teachers, "id_hash", "id_card_hash", teacherSheet, RosterColumn.ID_CARD);
        each(jdbc.sql("""
                SELECT r.line FROM %s r JOIN person p ON p.phone = r.phone
                WHERE p.id IS DISTINCT FROM r.person_id ORDER BY r.line""".formatted(staging.teachers)),
                rs -> errors.add(teacherSheet, rs.getLong(1), RosterColumn.PHONE.header(), "roster.check.phoneTaken"));
        samePerson(staging.students, "student_no", studentSheet, RosterColumn.STUDENT_NO);
        samePerson(staging.teachers, "staff_no", teacherSheet, RosterColumn.STAFF_NO);
        accountTaken(staging.students, studentSheet, RosterColumn.STUDENT_NO);
        accountTaken(staging.teachers, teacherSheet, RosterColumn.STAFF_NO);
        each(jdbc.sql("""
                SELECT s.line, s.guardian_account FROM %s s JOIN person p ON p.account = s.guardian_account
                WHERE p.phone IS DISTINCT FROM s.guardian_phone
                  AND NOT EXISTS (SELECT 1 FROM person q WHERE q.phone = s.guardian_phone)
                  AND NOT EXISTS (SELECT 1 FROM %s t WHERE t.phone = s.guardian_phone) ORDER BY s.line"""
                .formatted(staging.students, staging.teachers)), rs -> errors.add(studentSheet, rs.getLong(1),
                RosterColumn.GUARDIAN_PHONE.header(), "roster.check.accountTaken", rs.getString(2)));
    }

    /** Rows repeating a value an earlier row already has; reported at the later row, naming the first. */
    private void laterDuplicates(String table, String column, String sheet, RosterColumn field) {
        report(sheet, field, "roster.check.duplicate", """
                SELECT line, first FROM (SELECT line, min(line) OVER (PARTITION BY %2$s) AS first FROM %1$s
                                         WHERE %2$s IS NOT NULL) x
                WHERE line > first ORDER BY line""".formatted(table, column));
    }

    /**
     * An ID-card number that already belongs to someone other than the person the row updates (or creates). Within
     * the school the other person is named; beyond it the report says neither where nor whether the number exists.
     */
    private void otherOwners(String table, String column, String personColumn, String sheet, RosterColumn field) {
        each(jdbc.sql("""
                SELECT r.line, p.school_id IS NOT DISTINCT FROM :school AS same_school, p.account
                FROM %s r JOIN person p ON p.%s = r.%s
                WHERE p.id IS DISTINCT FROM r.person_id ORDER BY r.line""".formatted(table, personColumn, column))
                .param("school", schoolId), rs -> {
                    if (rs.getBoolean(2)) {
                        errors.add(sheet, rs.getLong(1), field.header(), "roster.check.idCardOtherPerson",
                                rs.getString(3));
                    } else {
                        errors.add(sheet, rs.getLong(1), field.header(), "roster.check.idCardUnusable");
                    }
                });
    }

    /** Two rows with different numbers that match one existing person (by number and by ID card). */
    private void samePerson(String table, String numberColumn, String sheet, RosterColumn field) {
        report(sheet, field, "roster.check.samePerson", """
                SELECT line, first FROM (SELECT line, %2$s AS number, first_value(line) OVER w AS first,
                                                first_value(%2$s) OVER w AS first_number
                                         FROM %1$s WHERE NOT is_new
                                         WINDOW w AS (PARTITION BY person_id ORDER BY line)) x
                WHERE line > first AND number <> first_number ORDER BY line""".formatted(table, numberColumn));
    }

    private void accountTaken(String table, String sheet, RosterColumn field) {
        each(jdbc.sql("SELECT r.line, r.account FROM %s r JOIN person p ON p.account = r.account "
                        .formatted(table) + "WHERE r.is_new ORDER BY r.line"),
                rs -> errors.add(sheet, rs.getLong(1), field.header(), "roster.check.accountTaken", rs.getString(2)));
    }

    /** Runs a query yielding (line, first line) and reports each row with the first line as the argument. */
    private void report(String sheet, RosterColumn field, String messageKey, String sql) {
        each(jdbc.sql(sql), rs -> errors.add(sheet, rs.getLong(1), field.header(), messageKey, rs.getLong(2)));
    }

    private static void each(JdbcClient.StatementSpec query, RowCallbackHandler handler) {
        query.query(handler);
    }
}
