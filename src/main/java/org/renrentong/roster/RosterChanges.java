package org.renrentong.roster;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a file would change about people and classes that exist already: a matched person's name or gender, a role
 * they do not hold yet, a class whose head teacher would be replaced. Listed in the check report, at the line that
 * causes the change, before anything is written; the import goes ahead only when the administrator confirmed them.
 */
final class RosterChanges {

    private final JdbcClient jdbc;
    private final Staging staging;
    private final long schoolId;
    private final String studentSheet;
    private final String teacherSheet;
    private final ErrorCollector report;
    private long count;

    RosterChanges(JdbcClient jdbc, Staging staging, long schoolId, String studentSheet, String teacherSheet,
                  ErrorCollector report) {
        this.jdbc = jdbc;
        this.staging = staging;
        this.schoolId = schoolId;
        this.studentSheet = studentSheet;
        this.teacherSheet = teacherSheet;
        this.report = report;
    }

    /** Adds every change to the report; returns how many there are. */
    long list() {
        personal(staging.students, studentSheet);
        personal(staging.teachers, teacherSheet);
        list(teacherSheet, RosterColumn.NAME, "roster.change.teacherRole", """
                SELECT t.line, p.name, '' FROM %s t JOIN person p ON p.id = t.person_id
                WHERE NOT t.is_new AND NOT EXISTS (SELECT 1 FROM role_grant g WHERE g.person_id = p.id
                                                   AND g.role = 'TEACHER' AND g.school_id = :school)
                ORDER BY t.line""".formatted(staging.teachers));
        list(teacherSheet, RosterColumn.HEAD_OF, "roster.change.head", """
                SELECT t.line, gr.name || k.name, p.name FROM %s c JOIN %s t ON t.line = c.line
                JOIN school_class k ON k.school_id = :school AND k.grade_id = c.grade_id AND k.name = c.class_name
                JOIN grade gr ON gr.id = k.grade_id
                JOIN class_teacher ct ON ct.class_id = k.id AND ct.head AND ct.person_id <> t.person_id
                JOIN person p ON p.id = ct.person_id
                WHERE c.head ORDER BY t.line""".formatted(staging.teaching, staging.teachers));
        return count;
    }

    /** Name and gender of the existing people the rows update. */
    private void personal(String table, String sheet) {
        list(sheet, RosterColumn.NAME, "roster.change.name", """
                SELECT r.line, p.name, r.name FROM %s r JOIN person p ON p.id = r.person_id
                WHERE NOT r.is_new AND p.name <> r.name ORDER BY r.line""".formatted(table));
        list(sheet, RosterColumn.GENDER, "roster.change.gender", """
                SELECT r.line, p.name, CASE r.gender WHEN 'MALE' THEN '男' ELSE '女' END
                FROM %s r JOIN person p ON p.id = r.person_id
                WHERE NOT r.is_new AND p.gender <> r.gender ORDER BY r.line""".formatted(table));
    }

    /** Runs a query yielding (line, two arguments) and reports each row as a change. */
    private void list(String sheet, RosterColumn field, String messageKey, String sql) {
        JdbcClient.StatementSpec query = jdbc.sql(sql);
        if (sql.contains(":school")) {
            query = query.param("school", schoolId);
        }
        query.query(rs -> {
            count++;
            report.add(sheet, rs.getLong(1), field.header(), messageKey, rs.getString(2), rs.getString(3));
        });
    }
}
