package org.renrentong.classroom.quiz;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Marks the objective answers of handed-in attempts, set-based: the answers are read in one streamed query, marked in
 * a tight loop with one {@link Marking} key per entry, and written back in large batches (one UPDATE per batch
 * joined to arrays), then every attempt's score is summed in one statement. Marking one attempt at hand-in and
 * re-marking a whole quiz take the same path. Short answers keep the points the teacher gave.
 */
@Component
class Marker {

    private static final int FETCH = 5_000;
    private static final int BATCH = 20_000;

    private final JdbcTemplate jdbc;

    Marker(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks the handed-in attempts of the quiz, or only the one given; call it within a transaction. */
    void mark(Quiz quiz, Map<Long, Item> items, Long attemptId) {
        Map<Integer, Marking> keys = new HashMap<>();
        Map<Integer, BigDecimal> full = new HashMap<>();
        for (Quiz.Entry e : quiz.entries()) {
            Item item = items.get(e.itemId());
            if (item.kind().objective()) {
                keys.put(e.position(), Marking.of(item));
                full.put(e.position(), e.points());
            }
        }
        String only = attemptId == null ? "" : " AND t.id = " + attemptId;
        Batch batch = new Batch();
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    SELECT a.attempt_id, a.position, a.response FROM quiz_answer a
                    JOIN quiz_attempt t ON t.id = a.attempt_id
                    WHERE t.quiz_id = ? AND t.handed_in_at IS NOT NULL""" + only);
            ps.setLong(1, quiz.id());
            ps.setFetchSize(FETCH);
            return ps;
        }, rs -> {
            int position = rs.getInt(2);
            Marking key = keys.get(position);
            if (key != null) {
                Marking.Mark mark = key.mark(ItemRepository.strings(rs.getArray(3)), full.get(position));
                batch.add(rs.getLong(1), position, mark.points().doubleValue(), mark.correct());
            }
        });
        for (int from = 0; from < batch.size; from += BATCH) {
            int to = Math.min(batch.size, from + BATCH);
            jdbc.update("""
                    UPDATE quiz_answer a SET points = u.p::numeric(6,1), correct = u.c
                    FROM unnest(?::bigint[], ?::int[], ?::float8[], ?::boolean[]) AS u(id, pos, p, c)
                    WHERE a.attempt_id = u.id AND a.position = u.pos""",
                    slice(batch.attempts, from, to), slice(batch.positions, from, to),
                    slice(batch.points, from, to), slice(batch.correct, from, to));
        }
        jdbc.update("""
                UPDATE quiz_attempt t SET score = s.total, marked = s.waiting = 0
                FROM (SELECT t2.id, COALESCE(sum(a.points), 0) AS total,
                             count(a.position) FILTER (WHERE a.points IS NULL) AS waiting
                      FROM quiz_attempt t2 LEFT JOIN quiz_answer a ON a.attempt_id = t2.id
                      WHERE t2.quiz_id = ? AND t2.handed_in_at IS NOT NULL""" + only.replace("t.id", "t2.id") + """
                       GROUP BY t2.id) s
                WHERE t.id = s.id""", quiz.id());
    }

    private static Object[] slice(Object[] values, int from, int to) {
        return java.util.Arrays.copyOfRange(values, from, to);
    }

    /** The marks to write, in arrays that grow as answers are read. */
    private static final class Batch {
        Long[] attempts = new Long[1024];
        Integer[] positions = new Integer[1024];
        Double[] points = new Double[1024];
        Boolean[] correct = new Boolean[1024];
        int size;

        void add(long attempt, int position, double p, boolean c) {
            if (size == attempts.length) {
                int n = size * 2;
                attempts = java.util.Arrays.copyOf(attempts, n);
                positions = java.util.Arrays.copyOf(positions, n);
                points = java.util.Arrays.copyOf(points, n);
                correct = java.util.Arrays.copyOf(correct, n);
            }
            attempts[size] = attempt;
            positions[size] = position;
            points[size] = p;
            correct[size++] = c;
        }
    }
}
