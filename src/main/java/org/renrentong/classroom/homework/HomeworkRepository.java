package org.renrentong.classroom.homework;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Homework, the classes and students it goes to, its attachments and resources, read and written in plain SQL. */
@Repository
class HomeworkRepository {

    /** The students a homework goes to: a class's students, or with chosen students only those. */
    static final String ASSIGNED = """
            SELECT hc.homework_id, s.class_id, s.person_id FROM homework_class hc
            JOIN identity_v_class_student s ON s.class_id = hc.class_id
            WHERE (NOT hc.chosen_only OR EXISTS (SELECT 1 FROM homework_student hs
                   WHERE hs.homework_id = hc.homework_id AND hs.student_id = s.person_id))""";

    record Row(long id, long teacherId, String teacherName, long schoolId, String regionPath, String title,
               String instructions, String subjectCode, Instant dueAt, boolean lateAccepted, Integer maxScore,
               boolean withdrawn) {
    }

    private final JdbcClient jdbc;

    HomeworkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long teacherId, long schoolId, String regionPath, HomeworkForm f) {
        return jdbc.sql("""
                INSERT INTO homework (teacher_id, school_id, region_path, title, instructions, subject_code, due_at,
                                      late_accepted, max_score)
                VALUES (?,?,?,?,?,?,?,?,?) RETURNING id""")
                .params(teacherId, schoolId, regionPath, f.title(), f.instructions(), f.subjectCode(),
                        Timestamp.from(f.dueAt()), Boolean.TRUE.equals(f.lateAccepted()), f.maxScore())
                .query(Long.class).single();
    }

    void update(long id, HomeworkForm f) {
        jdbc.sql("""
                UPDATE homework SET title = ?, instructions = ?, subject_code = ?, due_at = ?, late_accepted = ?,
                                    max_score = ?, updated_at = now() WHERE id = ?""")
                .params(f.title(), f.instructions(), f.subjectCode(), Timestamp.from(f.dueAt()),
                        Boolean.TRUE.equals(f.lateAccepted()), f.maxScore(), id).update();
    }

    void withdraw(long id) {
        jdbc.sql("UPDATE homework SET withdrawn = TRUE, updated_at = now() WHERE id = ?").param(id).update();
        jdbc.sql("DELETE FROM homework_reminder WHERE homework_id = ?").param(id).update();
    }

    /** Replaces the classes and chosen students. */
    void assignTo(long id, List<Long> classIds, List<long[]> chosenStudents) {
        jdbc.sql("DELETE FROM homework_student WHERE homework_id = ?").param(id).update();
        jdbc.sql("DELETE FROM homework_class WHERE homework_id = ?").param(id).update();
        for (long classId : classIds) {
            boolean chosen = chosenStudents.stream().anyMatch(s -> s[0] == classId);
            jdbc.sql("INSERT INTO homework_class (homework_id, class_id, chosen_only) VALUES (?,?,?)")
                    .params(id, classId, chosen).update();
        }
        for (long[] s : chosenStudents) {
            jdbc.sql("INSERT INTO homework_student (homework_id, class_id, student_id) VALUES (?,?,?)")
                    .params(id, s[0], s[1]).update();
        }
    }

    void replaceResources(long id, List<Long> resourceIds) {
        jdbc.sql("DELETE FROM homework_resource WHERE homework_id = ?").param(id).update();
        resourceIds.forEach(r -> jdbc.sql("INSERT INTO homework_resource (homework_id, resource_id) VALUES (?,?)")
                .params(id, r).update());
    }

    void attach(long id, long fileId, String name, String mediaType) {
        jdbc.sql("INSERT INTO homework_attachment (homework_id, file_id, name, media_type) VALUES (?,?,?,?)")
                .params(id, fileId, name, mediaType).update();
    }

    /** Sets the reminders anew (a changed due time moves them); those already due are not made. */
    void planReminders(long id, Instant dueAt, List<Integer> leadMinutes) {
        jdbc.sql("DELETE FROM homework_reminder WHERE homework_id = ?").param(id).update();
        for (int lead : leadMinutes) {
            Instant at = dueAt.minusSeconds(lead * 60L);
            if (at.isAfter(Instant.now())) {
                jdbc.sql("INSERT INTO homework_reminder (homework_id, lead_minutes, remind_at) VALUES (?,?,?)")
                        .params(id, lead, Timestamp.from(at)).update();
            }
        }
    }

    Optional<Row> find(long id) {
        return jdbc.sql("""
                SELECT h.id, h.teacher_id, p.name, h.school_id, h.region_path, h.title, h.instructions,
                       h.subject_code, h.due_at, h.late_accepted, h.max_score, h.withdrawn
                FROM homework h LEFT JOIN identity_v_person p ON p.id = h.teacher_id WHERE h.id = ?""")
                .param(id).query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getTimestamp(9).toInstant(), rs.getBoolean(10), (Integer) rs.getObject(11),
                        rs.getBoolean(12))).optional();
    }

    List<Homework.AssignedClass> classes(long id) {
        return jdbc.sql("""
                SELECT hc.class_id, COALESCE(c.grade_name || c.name, ''), hc.chosen_only FROM homework_class hc
                LEFT JOIN org_v_class c ON c.id = hc.class_id WHERE hc.homework_id = ? ORDER BY hc.class_id""")
                .param(id).query((rs, n) -> new Homework.AssignedClass(rs.getLong(1), rs.getString(2),
                        rs.getBoolean(3))).list();
    }

    List<Homework.Attachment> attachments(long id) {
        return jdbc.sql("SELECT file_id, name, media_type FROM homework_attachment WHERE homework_id = ? ORDER BY file_id")
                .param(id).query((rs, n) -> new Homework.Attachment(rs.getLong(1), rs.getString(2),
                        rs.getString(3))).list();
    }

    List<Long> resources(long id) {
        return jdbc.sql("SELECT resource_id FROM homework_resource WHERE homework_id = ? ORDER BY resource_id")
                .param(id).query(Long.class).list();
    }

    /** The class the student gets this homework in; empty when it does not go to them. */
    Optional<Long> classOf(long homeworkId, long studentId) {
        return jdbc.sql("SELECT class_id FROM (" + ASSIGNED + ") a WHERE a.homework_id = ? AND a.person_id = ?")
                .params(homeworkId, studentId).query(Long.class).optional();
    }

    /** The students it goes to, by class. */
    List<Long> students(long homeworkId) {
        return jdbc.sql("SELECT person_id FROM (" + ASSIGNED + ") a WHERE a.homework_id = ?")
                .param(homeworkId).query(Long.class).list();
    }

    /** The students of the class (all of them, to choose from), with the class they are in. */
    List<Long> studentsOfClass(long classId) {
        return jdbc.sql("SELECT person_id FROM identity_v_class_student WHERE class_id = ?").param(classId)
                .query(Long.class).list();
    }

    /** Where a class is: its school and the school's region path; empty for no class. */
    Optional<String[]> placeOfClass(long classId) {
        return jdbc.sql("""
                SELECT c.school_id, s.region_path FROM org_v_class c JOIN org_v_school s ON s.id = c.school_id
                WHERE c.id = ?""").param(classId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
    }

    List<Long> guardiansOf(long studentId) {
        return jdbc.sql("SELECT guardian_id FROM identity_v_guardianship WHERE student_id = ?").param(studentId)
                .query(Long.class).list();
    }

    String nameOf(long personId) {
        return jdbc.sql("SELECT name FROM identity_v_person WHERE id = ?").param(personId).query(String.class)
                .optional().orElse("");
    }
}
