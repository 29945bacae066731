package org.renrentong.classroom.quiz;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reads behind a quiz's results, each one statement over the quiz's attempts. */
@Repository
class ResultRepository {

    record StudentRow(long classId, long studentId, String name, Long attemptId, boolean handedIn,
                      BigDecimal score, boolean marked) {
    }

    record EntryRow(int position, int correct, BigDecimal earned, int waiting) {
    }

    record WrongRow(int position, List<String> response, int count) {
    }

    private final JdbcClient jdbc;

    ResultRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StudentRow> students(long quizId, Set<Long> classIds) {
        return jdbc.sql("""
                SELECT cs.class_id, p.id, p.name, a.id AS attempt_id, a.handed_in_at, a.score,
                       COALESCE(a.marked, FALSE) AS marked
                FROM identity_v_class_student cs JOIN identity_v_person p ON p.id = cs.person_id
                LEFT JOIN quiz_attempt a ON a.quiz_id = ? AND a.student_id = p.id
                WHERE cs.class_id = ANY(?) ORDER BY cs.class_id, p.name, p.id""")
                .params(quizId, classIds.toArray(Long[]::new))
                .query((rs, n) -> {
                    Timestamp handedIn = rs.getTimestamp("handed_in_at");
                    return new StudentRow(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            rs.getObject("attempt_id", Long.class), handedIn != null, rs.getBigDecimal("score"),
                            rs.getBoolean("marked"));
                }).list();
    }

    int handedIn(long quizId) {
        return jdbc.sql("SELECT count(*) FROM quiz_attempt WHERE quiz_id = ? AND handed_in_at IS NOT NULL")
                .param(quizId).query(Integer.class).single();
    }

    /** Per position, over the handed-in attempts: how many wholly right, the points earned, how many wait. */
    Map<Integer, EntryRow> entries(long quizId) {
        return jdbc.sql("""
                SELECT m.position, count(*) FILTER (WHERE m.correct) AS correct, COALESCE(sum(m.points), 0) AS earned,
                       count(*) FILTER (WHERE m.points IS NULL AND t.responses -> m.position::text IS NOT NULL)
                           AS waiting
                FROM quiz_attempt t, unnest(t.points, t.correct) WITH ORDINALITY AS m(points, correct, position)
                WHERE t.quiz_id = ? AND t.handed_in_at IS NOT NULL GROUP BY m.position""")
                .param(quizId)
                .query((rs, n) -> new EntryRow(rs.getInt(1), rs.getInt(2), rs.getBigDecimal(3), rs.getInt(4)))
                .list().stream().collect(Collectors.toMap(EntryRow::position, e -> e));
    }

    /** The wrong answers given most, up to three per entry. */
    List<WrongRow> wrongAnswers(long quizId) {
        return jdbc.sql("""
                SELECT position, response, n FROM (
                    SELECT r.position, r.response, count(*) AS n,
                           row_number() OVER (PARTITION BY r.position ORDER BY count(*) DESC, r.response) AS rank
                    FROM quiz_attempt t,
                         LATERAL (SELECT e.key::int AS position,
                                         ARRAY(SELECT x FROM jsonb_array_elements_text(e.value) WITH ORDINALITY
                                               AS parts(x, i) ORDER BY i) AS response
                                  FROM jsonb_each(t.responses) e) r
                    WHERE t.quiz_id = ? AND t.handed_in_at IS NOT NULL AND t.correct[r.position] = FALSE
                    GROUP BY r.position, r.response) w
                WHERE rank <= 3 ORDER BY position, n DESC""")
                .param(quizId)
                .query((rs, n) -> new WrongRow(rs.getInt(1), ItemRepository.strings(rs.getArray(2)), rs.getInt(3)))
                .list();
    }
}
