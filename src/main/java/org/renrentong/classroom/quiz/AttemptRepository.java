package org.renrentong.classroom.quiz;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Students' attempts at quizzes and their answers. */
@Repository
class AttemptRepository {

    record Attempt(long id, long quizId, long studentId, long classId, Instant startedAt, Instant handedInAt,
                   BigDecimal score, boolean marked) {

        boolean handedIn() {
            return handedInAt != null;
        }
    }

    record Answer(int position, List<String> response, BigDecimal points, Boolean correct, String comment) {
    }

    private final JdbcClient jdbc;

    AttemptRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The student's attempt, begun now unless it was begun before. */
    Attempt start(long quizId, long studentId, long classId) {
        jdbc.sql("""
                INSERT INTO quiz_attempt (quiz_id, student_id, class_id) VALUES (?,?,?)
                ON CONFLICT (quiz_id, student_id) DO NOTHING""").params(quizId, studentId, classId).update();
        return find(quizId, studentId).orElseThrow();
    }

    Optional<Attempt> find(long quizId, long studentId) {
        return jdbc.sql("SELECT * FROM quiz_attempt WHERE quiz_id = ? AND student_id = ?")
                .params(quizId, studentId).query(AttemptRepository::attempt).optional();
    }

    Optional<Attempt> find(long attemptId) {
        return jdbc.sql("SELECT * FROM quiz_attempt WHERE id = ?").param(attemptId)
                .query(AttemptRepository::attempt).optional();
    }

    /** Locks the attempt for a change, so that an answer saved and a hand-in never cross. */
    Optional<Attempt> lock(long quizId, long studentId) {
        return jdbc.sql("SELECT * FROM quiz_attempt WHERE quiz_id = ? AND student_id = ? FOR UPDATE")
                .params(quizId, studentId).query(AttemptRepository::attempt).optional();
    }

    void save(long attemptId, int position, List<String> response) {
        jdbc.sql("""
                INSERT INTO quiz_answer (attempt_id, position, response) VALUES (?,?,?)
                ON CONFLICT (attempt_id, position) DO UPDATE SET response = EXCLUDED.response, saved_at = now()""")
                .params(attemptId, position, response.toArray(String[]::new)).update();
    }

    void handIn(long attemptId, Instant at) {
        jdbc.sql("UPDATE quiz_attempt SET handed_in_at = ? WHERE id = ? AND handed_in_at IS NULL")
                .params(Timestamp.from(at), attemptId).update();
    }

    /** Hands in, as they stand, the attempts of a quiz whose time is over. */
    int handInExpired(long quizId, Instant closesAt, Integer limitMinutes, Instant now) {
        return jdbc.sql("""
                UPDATE quiz_attempt SET handed_in_at = ?
                WHERE quiz_id = ? AND handed_in_at IS NULL
                  AND (? <= ? OR (CAST(? AS INT) IS NOT NULL AND started_at + make_interval(mins => ?) <= ?))""")
                .params(Timestamp.from(now), quizId, Timestamp.from(closesAt), Timestamp.from(now), limitMinutes,
                        limitMinutes == null ? 0 : limitMinutes, Timestamp.from(now))
                .update();
    }

    List<Answer> answers(long attemptId) {
        return jdbc.sql("SELECT * FROM quiz_answer WHERE attempt_id = ? ORDER BY position").param(attemptId)
                .query((rs, n) -> new Answer(rs.getInt("position"), ItemRepository.strings(rs.getArray("response")),
                        rs.getBigDecimal("points"), rs.getObject("correct", Boolean.class), rs.getString("comment")))
                .list();
    }

    /** The teacher's mark of one answer (an empty answer gets a row of its own to hold the mark). */
    void markByTeacher(long attemptId, int position, BigDecimal points, String comment) {
        jdbc.sql("""
                INSERT INTO quiz_answer (attempt_id, position, response, points, correct, comment)
                VALUES (?,?,'{}',?,NULL,?)
                ON CONFLICT (attempt_id, position) DO UPDATE SET points = EXCLUDED.points, comment = EXCLUDED.comment""")
                .params(attemptId, position, points, comment).update();
    }

    String studentName(long studentId) {
        return jdbc.sql("SELECT name FROM identity_v_person WHERE id = ?").param(studentId)
                .query(String.class).optional().orElse("");
    }

    private static Attempt attempt(ResultSet rs, int n) throws SQLException {
        Timestamp handedIn = rs.getTimestamp("handed_in_at");
        return new Attempt(rs.getLong("id"), rs.getLong("quiz_id"), rs.getLong("student_id"), rs.getLong("class_id"),
                rs.getTimestamp("started_at").toInstant(), handedIn == null ? null : handedIn.toInstant(),
                rs.getBigDecimal("score"), rs.getBoolean("marked"));
    }
}
