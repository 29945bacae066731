package org.renrentong.classroom.quiz;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Quizzes, their entries and the classes they are set for. */
@Repository
class QuizRepository {

    private final JdbcClient jdbc;

    QuizRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long ownerId, long schoolId, QuizDraft d, List<Quiz.Entry> entries) {
        long id = jdbc.sql("""
                INSERT INTO quiz (owner_id, school_id, title, subject_code, opens_at, closes_at, time_limit_minutes)
                VALUES (?,?,?,?,?,?,?) RETURNING id""")
                .params(ownerId, schoolId, d.title(), d.subjectCode(), Timestamp.from(d.opensAt()),
                        Timestamp.from(d.closesAt()), d.timeLimitMinutes())
                .query(Long.class).single();
        for (Quiz.Entry e : entries) {
            jdbc.sql("INSERT INTO quiz_entry (quiz_id, position, item_id, points) VALUES (?,?,?,?)")
                    .params(id, e.position(), e.itemId(), e.points()).update();
        }
        for (Long classId : d.classIds()) {
            jdbc.sql("INSERT INTO quiz_class (quiz_id, class_id) VALUES (?,?)").params(id, classId).update();
        }
        return id;
    }

    Optional<Quiz> find(long id) {
        return jdbc.sql("""
                SELECT q.*, p.name AS owner_name FROM quiz q LEFT JOIN identity_v_person p ON p.id = q.owner_id
                WHERE q.id = ?""").param(id).query(this::quiz).optional();
    }

    private Quiz quiz(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        List<Quiz.Entry> entries = jdbc.sql("SELECT position, item_id, points FROM quiz_entry WHERE quiz_id = ? "
                        + "ORDER BY position").param(id)
                .query((r, i) -> new Quiz.Entry(r.getInt(1), r.getLong(2), r.getBigDecimal(3))).list();
        Set<Long> classes = new HashSet<>(jdbc.sql("SELECT class_id FROM quiz_class WHERE quiz_id = ?").param(id)
                .query(Long.class).list());
        return new Quiz(id, rs.getLong("owner_id"), rs.getString("owner_name"), rs.getLong("school_id"),
                rs.getString("title"), rs.getString("subject_code"), rs.getTimestamp("opens_at").toInstant(),
                rs.getTimestamp("closes_at").toInstant(), rs.getObject("time_limit_minutes", Integer.class),
                entries, classes);
    }

    /** The quizzes a teacher set, newest first. */
    List<QuizLine> ofOwner(long ownerId, int limit) {
        return jdbc.sql("""
                SELECT id, title, subject_code, opens_at, closes_at, time_limit_minutes,
                       NULL::timestamptz AS handed_in_at, NULL::numeric AS score, FALSE AS marked, FALSE AS started, school_id
                FROM quiz WHERE owner_id = ? ORDER BY id DESC LIMIT ?""")
                .params(ownerId, limit).query(QuizRepository::listed).list();
    }

    /** The quizzes set for a student's classes, newest first, with the student's own attempt. */
    List<QuizLine> ofStudent(long studentId, Set<Long> classIds, int limit) {
        return jdbc.sql("""
                SELECT q.id, q.title, q.subject_code, q.opens_at, q.closes_at, q.time_limit_minutes,
                       a.handed_in_at, a.score, COALESCE(a.marked, FALSE) AS marked, a.id IS NOT NULL AS started, q.school_id
                FROM quiz q LEFT JOIN quiz_attempt a ON a.quiz_id = q.id AND a.student_id = ?
                WHERE q.id IN (SELECT quiz_id FROM quiz_class WHERE class_id = ANY(?))
                ORDER BY q.id DESC LIMIT ?""")
                .params(studentId, classIds.toArray(Long[]::new), limit).query(QuizRepository::listed).list();
    }

    private static QuizLine listed(ResultSet rs, int n) throws SQLException {
        Timestamp handedIn = rs.getTimestamp("handed_in_at");
        return new QuizLine(rs.getLong("id"), rs.getString("title"), rs.getString("subject_code"),
                rs.getTimestamp("opens_at").toInstant(), rs.getTimestamp("closes_at").toInstant(),
                rs.getObject("time_limit_minutes", Integer.class), handedIn == null ? null : handedIn.toInstant(),
                rs.getBigDecimal("score"), rs.getBoolean("marked"), rs.getBoolean("started"),
                rs.getLong("school_id"));
    }
}
