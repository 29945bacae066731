package org.renrentong.classroom.timetable;

import java.sql.Time;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Lessons and bell schedules; people and classes are read through the views identity and org publish. */
@Repository
class TimetableRepository {

    /** A class of a school by its full name ("七年级1班"), to match in an import. */
    record ClassName(long id, String fullName) {
    }

    /** A lesson before names are added. */
    record Row(long classId, String className, int day, int period, String subjectCode, Long teacherId,
               String teacherName) {
    }

    private static final String LESSONS = """
            SELECT l.class_id, c.grade_name || c.name AS class_name, l.day, l.period, l.subject_code, l.teacher_id,
                   p.name AS teacher_name
            FROM timetable_lesson l JOIN org_v_class c ON c.id = l.class_id
            LEFT JOIN identity_v_person p ON p.id = l.teacher_id
            """;

    private final JdbcClient jdbc;

    TimetableRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> lessonsOfClass(long classId, long termId) {
        return jdbc.sql(LESSONS + " WHERE l.class_id = ? AND l.term_id = ? ORDER BY l.day, l.period")
                .params(classId, termId).query(Row.class).list();
    }

    List<Row> lessonsOfTeacher(long teacherId, long termId) {
        return jdbc.sql(LESSONS + " WHERE l.teacher_id = ? AND l.term_id = ? ORDER BY l.day, l.period")
                .params(teacherId, termId).query(Row.class).list();
    }

    /** The class the teacher already teaches in that period, other than the given classes. */
    Optional<String> busyIn(long teacherId, long termId, int day, int period, Collection<Long> exceptClasses) {
        return jdbc.sql("""
                SELECT c.grade_name || c.name FROM timetable_lesson l JOIN org_v_class c ON c.id = l.class_id
                WHERE l.teacher_id = :teacher AND l.term_id = :term AND l.day = :day AND l.period = :period
                  AND NOT (l.class_id = ANY (:except))""")
                .param("teacher", teacherId).param("term", termId).param("day", day).param("period", period)
                .param("except", exceptClasses.toArray(Long[]::new)).query(String.class).optional();
    }

    void saveLesson(long classId, long termId, int day, int period, String subjectCode, Long teacherId) {
        jdbc.sql("""
                INSERT INTO timetable_lesson (class_id, term_id, day, period, subject_code, teacher_id)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (class_id, term_id, day, period)
                DO UPDATE SET subject_code = EXCLUDED.subject_code, teacher_id = EXCLUDED.teacher_id""")
                .params(classId, termId, day, period, subjectCode, teacherId).update();
    }

    int deleteLesson(long classId, long termId, int day, int period) {
        return jdbc.sql("DELETE FROM timetable_lesson WHERE class_id = ? AND term_id = ? AND day = ? AND period = ?")
                .params(classId, termId, day, period).update();
    }

    void deleteLessons(Collection<Long> classIds, long termId) {
        jdbc.sql("DELETE FROM timetable_lesson WHERE class_id = ANY (?) AND term_id = ?")
                .params(classIds.toArray(Long[]::new), termId).update();
    }

    boolean isTeacherAt(long personId, long schoolId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM identity_v_role_grant
                WHERE person_id = ? AND role = 'TEACHER' AND school_id = ?)""")
                .params(personId, schoolId).query(Boolean.class).single();
    }

    boolean isHeadTeacher(long personId, long classId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM identity_v_class_teacher WHERE person_id = ? AND class_id = ? AND head)")
                .params(personId, classId).query(Boolean.class).single();
    }

    List<Teacher> teachersOf(long schoolId) {
        return jdbc.sql("""
                SELECT p.id, p.account, p.name FROM identity_v_person p
                WHERE p.enabled AND EXISTS (SELECT 1 FROM identity_v_role_grant g
                      WHERE g.person_id = p.id AND g.role = 'TEACHER' AND g.school_id = ?)
                ORDER BY p.name, p.id""").param(schoolId).query(Teacher.class).list();
    }

    List<ClassName> classesOf(long schoolId) {
        return jdbc.sql("SELECT id, grade_name || name AS full_name FROM org_v_class WHERE school_id = ? ORDER BY year_level, name")
                .param(schoolId).query(ClassName.class).list();
    }

    Optional<BellSchedule> schedule(long schoolId) {
        Optional<Integer> days = jdbc.sql("SELECT days_per_week FROM bell_schedule WHERE school_id = ?")
                .param(schoolId).query(Integer.class).optional();
        return days.map(d -> new BellSchedule(d, jdbc.sql(
                        "SELECT period, starts_at, ends_at FROM bell_period WHERE school_id = ? ORDER BY period")
                .param(schoolId).query((rs, n) -> new BellSchedule.Period(rs.getInt(1),
                        rs.getObject(2, Time.class).toLocalTime(), rs.getObject(3, Time.class).toLocalTime()))
                .list()));
    }

    void saveSchedule(long schoolId, BellSchedule schedule) {
        jdbc.sql("""
                INSERT INTO bell_schedule (school_id, days_per_week) VALUES (?, ?)
                ON CONFLICT (school_id) DO UPDATE SET days_per_week = EXCLUDED.days_per_week, updated_at = now()""")
                .params(schoolId, schedule.daysPerWeek()).update();
        jdbc.sql("DELETE FROM bell_period WHERE school_id = ?").param(schoolId).update();
        for (BellSchedule.Period p : schedule.periods()) {
            jdbc.sql("INSERT INTO bell_period (school_id, period, starts_at, ends_at) VALUES (?, ?, ?, ?)")
                    .params(schoolId, p.number(), p.startsAt(), p.endsAt()).update();
        }
    }

    /** Whether lessons of the school's classes lie beyond these days or periods. */
    boolean lessonsBeyond(long schoolId, int days, int periods) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM timetable_lesson l JOIN org_v_class c ON c.id = l.class_id
                WHERE c.school_id = ? AND (l.day > ? OR l.period > ?))""")
                .params(schoolId, days, periods).query(Boolean.class).single();
    }
}
