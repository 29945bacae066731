package org.renrentong.identity;

import java.util.function.Consumer;
import org.renrentong.identity.PeopleImport.Finding;
import org.renrentong.identity.PeopleImport.Problem;
import org.renrentong.identity.PeopleImport.Sheet;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The conflicts of matched staged rows with people elsewhere, as SQL on the staged tables; each finding names its
 * line. What another school's person holds is never told: only that the value cannot be used.
 */
final class ImportConflicts {

    private final JdbcClient jdbc;
    private final StagedRoster staged;
    private final long schoolId;
    private final Consumer<Finding> findings;

    ImportConflicts(JdbcClient jdbc, StagedRoster staged, long schoolId, Consumer<Finding> findings) {
        this.jdbc = jdbc;
        this.staged = staged;
        this.schoolId = schoolId;
        this.findings = findings;
    }

    void find() {
        otherOwners(staged.students(), Sheet.STUDENTS);
        otherOwners(staged.teachers(), Sheet.TEACHERS);
        report(Sheet.TEACHERS, Problem.PHONE_TAKEN, """
                SELECT r.line, '' FROM %s r JOIN person p ON p.phone = r.phone
                WHERE p.id IS DISTINCT FROM r.person_id ORDER BY r.line""".formatted(staged.teachers()));
        samePerson(staged.students(), "student_no", Sheet.STUDENTS);
        samePerson(staged.teachers(), "staff_no", Sheet.TEACHERS);
        accountTaken(staged.students(), Sheet.STUDENTS);
        accountTaken(staged.teachers(), Sheet.TEACHERS);
        report(Sheet.STUDENTS, Problem.GUARDIAN_ACCOUNT_TAKEN, """
                SELECT s.line, s.guardian_account FROM %s s JOIN person p ON p.account = s.guardian_account
                WHERE p.phone IS DISTINCT FROM s.guardian_phone
                  AND NOT EXISTS (SELECT 1 FROM person q WHERE q.phone = s.guardian_phone)
                  AND NOT EXISTS (SELECT 1 FROM %s t WHERE t.phone = s.guardian_phone) ORDER BY s.line"""
                .formatted(staged.students(), staged.teachers()));
    }

    /**
     * An ID-card number that already belongs to someone other than the person the row updates (or creates). Within
     * the school the other person is named; beyond it the report says neither where nor whether the number exists.
     */
    private void otherOwners(String table, Sheet sheet) {
        jdbc.sql("""
                SELECT r.line, p.school_id IS NOT DISTINCT FROM :school AS same_school, p.account
                FROM %s r JOIN person p ON p.id_card_hash = r.id_hash
                WHERE p.id IS DISTINCT FROM r.person_id ORDER BY r.line""".formatted(table))
                .param("school", schoolId)
                .query((RowCallbackHandler) rs -> findings.accept(rs.getBoolean(2)
                        ? new Finding(sheet, rs.getLong(1), Problem.ID_CARD_OTHER_PERSON, rs.getString(3))
                        : new Finding(sheet, rs.getLong(1), Problem.ID_CARD_UNUSABLE, "")));
    }

    /** Two rows with different numbers that match one existing person (by number and by ID card). */
    private void samePerson(String table, String numberColumn, Sheet sheet) {
        report(sheet, Problem.SAME_PERSON, """
                SELECT line, first FROM (SELECT line, %2$s AS number, first_value(line) OVER w AS first,
                                                first_value(%2$s) OVER w AS first_number
                                         FROM %1$s WHERE NOT is_new
                                         WINDOW w AS (PARTITION BY person_id ORDER BY line)) x
                WHERE line > first AND number <> first_number ORDER BY line""".formatted(table, numberColumn));
    }

    private void accountTaken(String table, Sheet sheet) {
        report(sheet, Problem.ACCOUNT_TAKEN, """
                SELECT r.line, r.account FROM %s r JOIN person p ON p.account = r.account
                WHERE r.is_new ORDER BY r.line""".formatted(table));
    }

    /** Runs a query yielding (line, detail) and reports each row. */
    private void report(Sheet sheet, Problem problem, String sql) {
        jdbc.sql(sql).query((RowCallbackHandler) rs -> findings.accept(
                new Finding(sheet, rs.getLong(1), problem, rs.getString(2))));
    }
}
