package org.renrentong.classroom.closure;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The links of a class's online periods, and the openings of its students. */
@Repository
class OnlineScheduleRepository {

    record Link(int period, String liveUrl, Long textbookNodeId) {
    }

    record Attached(int period, long resourceId) {
    }

    private final JdbcClient jdbc;

    OnlineScheduleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Link> links(long classId, LocalDate date) {
        return jdbc.sql("""
                        SELECT period, live_url, textbook_node_id FROM closure_lesson
                        WHERE class_id = ? AND lesson_date = ?""")
                .params(classId, Date.valueOf(date)).query(Link.class).list();
    }

    List<Attached> resources(long classId, LocalDate date) {
        return jdbc.sql("""
                        SELECT period, resource_id FROM closure_lesson_resource WHERE class_id = ? AND lesson_date = ?
                        ORDER BY period, resource_id""")
                .params(classId, Date.valueOf(date)).query(Attached.class).list();
    }

    void saveLesson(long classId, LocalDate date, int period, String liveUrl, List<Long> resourceIds,
                    Long textbookNodeId, long setBy) {
        Date day = Date.valueOf(date);
        jdbc.sql("""
                        INSERT INTO closure_lesson (class_id, lesson_date, period, live_url, textbook_node_id, set_by)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (class_id, lesson_date, period)
                        DO UPDATE SET live_url = EXCLUDED.live_url, textbook_node_id = EXCLUDED.textbook_node_id,
                        set_by = EXCLUDED.set_by, updated_at = now()""")
                .params(classId, day, period, liveUrl, textbookNodeId, setBy).update();
        jdbc.sql("DELETE FROM closure_lesson_resource WHERE class_id = ? AND lesson_date = ? AND period = ?")
                .params(classId, day, period).update();
        for (long resource : resourceIds) {
            jdbc.sql("""
                            INSERT INTO closure_lesson_resource (class_id, lesson_date, period, resource_id)
                            VALUES (?, ?, ?, ?)""")
                    .params(classId, day, period, resource).update();
        }
    }

    /** Records that the student opened the lesson; opening it again counts once. */
    void opened(long studentId, LocalDate date, int period, long classId, long schoolId) {
        jdbc.sql("""
                        INSERT INTO closure_opening (student_id, lesson_date, period, class_id, school_id)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(studentId, Date.valueOf(date), period, classId, schoolId).update();
    }
}
