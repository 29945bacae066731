package org.renrentong.identity;

import java.util.function.Consumer;
import org.renrentong.identity.PeopleImport.Change;
import org.renrentong.identity.PeopleImport.Sheet;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What staged rows would change about people that exist already: a matched person's name or gender, a role they do
 * not hold yet, a class whose head teacher or a subject's teacher would be replaced. Found before anything is
 * written, at the line that causes the change, each kind in line order.
 */
final class ImportChanges {

    private final JdbcClient jdbc;
    private final StagedRoster staged;
    private final long schoolId;
    private final Consumer<Change> changes;
    private final SubjectCodes subjects;

    ImportChanges(JdbcClient jdbc, StagedRoster staged, long schoolId, SubjectCodes subjects,
                  Consumer<Change> changes) {
        this.subjects = subjects;
        this.jdbc = jdbc;
        this.staged = staged;
        this.schoolId = schoolId;
        this.changes = changes;
    }

    void find() {
        personal(staged.students(), Sheet.STUDENTS);
        personal(staged.teachers(), Sheet.TEACHERS);
        jdbc.sql("""
                SELECT t.line, p.name FROM %s t JOIN person p ON p.id = t.person_id
                WHERE NOT t.is_new AND NOT EXISTS (SELECT 1 FROM role_grant g WHERE g.person_id = p.id
                                                   AND g.role = 'TEACHER' AND g.school_id = :school)
                ORDER BY t.line""".formatted(staged.teachers())).param("school", schoolId)
                .query((RowCallbackHandler) rs -> changes.accept(new Change(Sheet.TEACHERS, rs.getLong(1),
                        Change.Kind.TEACHER_ROLE, rs.getString(2), null, null)));
        jdbc.sql("""
                SELECT t.line, c.class_id, p.name FROM %s c JOIN %s t ON t.line = c.line
                JOIN class_teacher ct ON ct.class_id = c.class_id AND ct.head AND ct.person_id <> t.person_id
                JOIN person p ON p.id = ct.person_id
                WHERE c.head ORDER BY t.line""".formatted(staged.teaching(), staged.teachers()))
                .query((RowCallbackHandler) rs -> changes.accept(new Change(Sheet.TEACHERS, rs.getLong(1),
                        Change.Kind.HEAD, rs.getString(3), null, rs.getLong(2))));
        jdbc.sql("""
                SELECT t.line, c.class_id, p.name, cs.subject FROM %s c JOIN %s t ON t.line = c.line
                CROSS JOIN LATERAL unnest(c.subjects) AS s(subject)
                JOIN class_subject cs ON cs.class_id = c.class_id AND cs.subject = s.subject
                                     AND cs.person_id <> t.person_id
                JOIN person p ON p.id = cs.person_id
                ORDER BY t.line, cs.subject""".formatted(staged.teaching(), staged.teachers()))
                .query((RowCallbackHandler) rs -> changes.accept(new Change(Sheet.TEACHERS, rs.getLong(1),
                        Change.Kind.SUBJECT, rs.getString(3), subjects.name(rs.getString(4)).orElse(rs.getString(4)),
                        rs.getLong(2))));
    }

    /** Name and gender of the existing people the rows update. */
    private void personal(String table, Sheet sheet) {
        jdbc.sql("""
                SELECT r.line, p.name, r.name FROM %s r JOIN person p ON p.id = r.person_id
                WHERE NOT r.is_new AND p.name <> r.name ORDER BY r.line""".formatted(table))
                .query((RowCallbackHandler) rs -> changes.accept(new Change(sheet, rs.getLong(1), Change.Kind.NAME,
                        rs.getString(2), rs.getString(3), null)));
        jdbc.sql("""
                SELECT r.line, p.name, r.gender FROM %s r JOIN person p ON p.id = r.person_id
                WHERE NOT r.is_new AND p.gender <> r.gender ORDER BY r.line""".formatted(table))
                .query((RowCallbackHandler) rs -> changes.accept(new Change(sheet, rs.getLong(1), Change.Kind.GENDER,
                        rs.getString(2), rs.getString(3), null)));
    }
}
