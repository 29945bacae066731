package org.renrentong.classroom.quiz;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
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
                UPDATE quiz_attempt SET responses = responses || jsonb_build_object(?::text, to_jsonb(?::text[]))
                WHERE id = ?""")
                .params(String.valueOf(position), response.toArray(String[]::new), attemptId).update();
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

    /** The answers of the attempt by position: those given and those the teacher marked or commented on. */
    List<Answer> answers(long attemptId) {
        return jdbc.sql("SELECT responses::text, points, correct, comments::text FROM quiz_attempt WHERE id = ?")
                .param(attemptId).query((rs, n) -> answers(rs)).optional().orElse(List.of());
    }

    /**
     * The teacher's mark of one answer. The points go into the marks that marking at hand-in wrote for every
     * position; an empty comment takes the former one away.
     */
    void markByTeacher(long attemptId, int position, BigDecimal points, String comment) {
        jdbc.sql("""
                UPDATE quiz_attempt SET points[?] = ?,
                       comments = jsonb_strip_nulls(comments || jsonb_build_object(?::text, ?::text))
                WHERE id = ?""")
                .params(position, points, String.valueOf(position), comment, attemptId).update();
    }

    String studentName(long studentId) {
        return jdbc.sql("SELECT name FROM identity_v_person WHERE id = ?").param(studentId)
                .query(String.class).optional().orElse("");
    }

    private static List<Answer> answers(ResultSet rs) throws SQLException {
        Map<Integer, List<String>> responses = Responses.parse(rs.getString(1));
        BigDecimal[] points = rs.getArray(2) == null ? new BigDecimal[0] : (BigDecimal[]) rs.getArray(2).getArray();
        Boolean[] correct = rs.getArray(3) == null ? new Boolean[0] : (Boolean[]) rs.getArray(3).getArray();
        Map<String, String> comments = Responses.comments(rs.getString(4));
        SortedSet<Integer> positions = new TreeSet<>(responses.keySet());
        comments.keySet().forEach(p -> positions.add(Integer.valueOf(p)));
        for (int i = 0; i < points.length; i++) {
            if (points[i] != null) {
                positions.add(i + 1);
            }
        }
        return positions.stream().map(p -> new Answer(p, responses.getOrDefault(p, List.of()),
                p <= points.length ? points[p - 1] : null, p <= correct.length ? correct[p - 1] : null,
                comments.get(String.valueOf(p)))).toList();
    }

    private static Attempt attempt(ResultSet rs, int n) throws SQLException {
        Timestamp handedIn = rs.getTimestamp("handed_in_at");
        return new Attempt(rs.getLong("id"), rs.getLong("quiz_id"), rs.getLong("student_id"), rs.getLong("class_id"),
                rs.getTimestamp("started_at").toInstant(), handedIn == null ? null : handedIn.toInstant(),
                rs.getBigDecimal("score"), rs.getBoolean("marked"));
    }
}
