package org.renrentong.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The teachers of classes: class_teacher says who teaches a class (and who is its head teacher), class_subject which
 * of them teaches which subject. A subject row needs its teacher's class row; a teacher left with neither head nor
 * subject in a class after a change is taken off it ({@link #prune}).
 */
@Repository
class ClassTeacherRepository {

    private final JdbcClient jdbc;

    ClassTeacherRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Member(long personId, String name, boolean head, String formerSubject) {
    }

    record SubjectRow(String subject, long personId, String name) {
    }

    record Assignment(long classId, String subject) {
    }

    record Teacher(long id, String name, String staffNo) {
    }

    /** Makes the person a teacher of the class, keeping what they already are there. */
    void link(long personId, long classId) {
        jdbc.sql("INSERT INTO class_teacher (class_id, person_id) VALUES (?,?) ON CONFLICT DO NOTHING")
                .params(classId, personId).update();
    }

    Optional<Long> headOf(long classId) {
        return jdbc.sql("SELECT person_id FROM class_teacher WHERE class_id = ? AND head").param(classId)
                .query(Long.class).optional();
    }

    void setHead(long classId, long personId) {
        jdbc.sql("INSERT INTO class_teacher (class_id, person_id, head) VALUES (?,?,TRUE) "
                + "ON CONFLICT (class_id, person_id) DO UPDATE SET head = TRUE").params(classId, personId).update();
    }

    void clearHead(long classId, long personId) {
        jdbc.sql("UPDATE class_teacher SET head = FALSE WHERE class_id = ? AND person_id = ?")
                .params(classId, personId).update();
    }

    Optional<Long> teacherOf(long classId, String subject) {
        return jdbc.sql("SELECT person_id FROM class_subject WHERE class_id = ? AND subject = ?")
                .params(classId, subject).query(Long.class).optional();
    }

    /**
     * The subject is taught by this person from now on, who becomes a teacher of the class if they were not; whoever
     * taught it before is pruned. A free-text subject of the earlier release is done with.
     */
    void assignSubject(long classId, String subject, long personId) {
        Long before = teacherOf(classId, subject).orElse(null);
        link(personId, classId);
        jdbc.sql("UPDATE class_teacher SET former_subject = NULL WHERE class_id = ? AND person_id = ?")
                .params(classId, personId).update();
        jdbc.sql("INSERT INTO class_subject (class_id, subject, person_id) VALUES (?,?,?) "
                        + "ON CONFLICT (class_id, subject) DO UPDATE SET person_id = EXCLUDED.person_id")
                .params(classId, subject, personId).update();
        if (before != null && before != personId) {
            prune(classId, before);
        }
    }

    void removeSubject(long classId, String subject) {
        jdbc.sql("DELETE FROM class_subject WHERE class_id = ? AND subject = ?").params(classId, subject).update();
    }

    /** Takes the person off the class with their subjects there. */
    void remove(long classId, long personId) {
        jdbc.sql("DELETE FROM class_teacher WHERE class_id = ? AND person_id = ?").params(classId, personId).update();
    }

    /** Takes the person off the class when they are neither its head teacher nor teach a subject there any more. */
    void prune(long classId, long personId) {
        jdbc.sql("""
                DELETE FROM class_teacher ct WHERE ct.class_id = ? AND ct.person_id = ? AND NOT ct.head
                  AND ct.former_subject IS NULL
                  AND NOT EXISTS (SELECT 1 FROM class_subject cs WHERE cs.class_id = ct.class_id
                                                                   AND cs.person_id = ct.person_id)""")
                .params(classId, personId).update();
    }

    boolean teaches(long personId, long classId) {
        return jdbc.sql("SELECT count(*) FROM class_teacher WHERE class_id = ? AND person_id = ?")
                .params(classId, personId).query(Long.class).single() > 0;
    }

    /** The class's teachers, the head teacher first. */
    List<Member> members(long classId) {
        return jdbc.sql("""
                SELECT ct.person_id, p.name, ct.head, ct.former_subject FROM class_teacher ct
                JOIN person p ON p.id = ct.person_id WHERE ct.class_id = ? ORDER BY ct.head DESC, p.name, p.id""")
                .param(classId)
                .query((rs, n) -> new Member(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getString(4)))
                .list();
    }

    List<SubjectRow> subjects(long classId) {
        return jdbc.sql("""
                SELECT cs.subject, cs.person_id, p.name FROM class_subject cs JOIN person p ON p.id = cs.person_id
                WHERE cs.class_id = ? ORDER BY cs.subject""").param(classId)
                .query((rs, n) -> new SubjectRow(rs.getString(1), rs.getLong(2), rs.getString(3))).list();
    }

    List<Assignment> assignments(long personId) {
        return jdbc.sql("SELECT class_id, subject FROM class_subject WHERE person_id = ? ORDER BY class_id, subject")
                .param(personId).query((rs, n) -> new Assignment(rs.getLong(1), rs.getString(2))).list();
    }

    /** The people holding a teacher role at the school, by name, for the choices of the class page. */
    List<Teacher> teachersAt(long schoolId) {
        return jdbc.sql("""
                SELECT p.id, p.name, p.staff_no FROM person p
                WHERE p.enabled AND EXISTS (SELECT 1 FROM role_grant g WHERE g.person_id = p.id AND g.role = 'TEACHER'
                                                                        AND g.school_id = ?)
                ORDER BY p.name, p.id""").param(schoolId)
                .query((rs, n) -> new Teacher(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }
}
