package org.renrentong.classroom.homework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The homework lists: a student's (with where their work stands) and a teacher's (with how many handed in). */
@Repository
class ListRepository {

    /** How many a list shows: the newest by due time. */
    static final int LIMIT = 100;

    private final JdbcClient jdbc;

    ListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<HomeworkItem> ofStudent(long studentId) {
        return ofStudent(studentId, null);
    }

    /** The student's homework, of one class only when {@code classId} is given. */
    List<HomeworkItem> ofStudent(long studentId, Long classId) {
        return jdbc.sql("""
                SELECT h.id, h.title, h.subject_code, h.due_at, h.late_accepted, s.status, s.late, s.score,
                       h.max_score, s.level, s.comment, 0, 0, h.school_id
                FROM (""" + HomeworkRepository.ASSIGNED + """
                ) a JOIN homework h ON h.id = a.homework_id
                LEFT JOIN homework_submission s ON s.homework_id = h.id AND s.student_id = a.person_id
                WHERE a.person_id = ? AND (CAST(? AS BIGINT) IS NULL OR a.class_id = ?) AND NOT h.withdrawn
                ORDER BY h.due_at DESC, h.id DESC LIMIT ?""")
                .params(studentId, classId, classId, LIMIT).query(ListRepository::item).list();
    }

    List<HomeworkItem> ofTeacher(long teacherId) {
        return jdbc.sql("""
                SELECT h.id, h.title, h.subject_code, h.due_at, h.late_accepted, NULL, FALSE, NULL, h.max_score,
                       NULL, NULL,
                       (SELECT count(*) FROM (""" + HomeworkRepository.ASSIGNED + """
                        ) a WHERE a.homework_id = h.id),
                       (SELECT count(*) FROM homework_submission s WHERE s.homework_id = h.id), h.school_id
                FROM homework h WHERE h.teacher_id = ? AND NOT h.withdrawn
                ORDER BY h.due_at DESC, h.id DESC LIMIT ?""")
                .params(teacherId, LIMIT).query(ListRepository::item).list();
    }

    /** The homework of a class, newest due first, with how many of the class handed in. */
    List<HomeworkItem> ofClassHomework(long classId, int limit) {
        return jdbc.sql("""
                SELECT h.id, h.title, h.subject_code, h.due_at, h.late_accepted, NULL, FALSE, NULL, h.max_score,
                       NULL, NULL,
                       (SELECT count(*) FROM (""" + HomeworkRepository.ASSIGNED + """
                        ) a WHERE a.homework_id = h.id AND a.class_id = hc.class_id),
                       (SELECT count(*) FROM homework_submission s WHERE s.homework_id = h.id
                        AND s.class_id = hc.class_id), h.school_id
                FROM homework h JOIN homework_class hc ON hc.homework_id = h.id
                WHERE hc.class_id = ? AND NOT h.withdrawn ORDER BY h.due_at DESC, h.id DESC LIMIT ?""")
                .params(classId, limit).query(ListRepository::item).list();
    }

    /** A class's students the homework goes to, by name, with their submission id when they handed in. */
    List<ClassOverview.Line> ofClass(long homeworkId, long classId) {
        return jdbc.sql("""
                SELECT a.person_id, p.name, s.id, s.status, s.submitted_at, s.late, s.score, s.level, s.comment,
                       s.excellent
                FROM (""" + HomeworkRepository.ASSIGNED + """
                ) a JOIN identity_v_person p ON p.id = a.person_id
                LEFT JOIN homework_submission s ON s.homework_id = a.homework_id AND s.student_id = a.person_id
                WHERE a.homework_id = ? AND a.class_id = ? ORDER BY p.name, p.id""")
                .params(homeworkId, classId).query((rs, n) -> {
                    Timestamp at = rs.getTimestamp(5);
                    String status = rs.getString(4);
                    String level = rs.getString(8);
                    return new ClassOverview.Line(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3),
                            status == null ? SubmissionStatus.TODO : SubmissionStatus.valueOf(status),
                            at == null ? null : at.toInstant(), rs.getBoolean(6), (Integer) rs.getObject(7),
                            level == null ? null : Level.valueOf(level), rs.getString(9), rs.getBoolean(10));
                }).list();
    }

    private static HomeworkItem item(ResultSet rs, int n) throws SQLException {
        String status = rs.getString(6);
        String level = rs.getString(10);
        return new HomeworkItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                rs.getBoolean(5), status == null ? SubmissionStatus.TODO : SubmissionStatus.valueOf(status),
                rs.getBoolean(7), (Integer) rs.getObject(8), (Integer) rs.getObject(9),
                level == null ? null : Level.valueOf(level), rs.getString(11), rs.getInt(12), rs.getInt(13), rs.getLong(14));
    }
}
