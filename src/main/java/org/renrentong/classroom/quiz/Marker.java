package org.renrentong.classroom.quiz;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Marks the objective answers of handed-in attempts, set-based: the attempts are read in one streamed query (an
 * attempt's answers are one row, see V252), marked in a tight loop with one {@link Marking} key per entry, and written
 * back with their score, one row per attempt, in large batches (one UPDATE per batch joined to arrays). Each distinct
 * response to an entry is marked once. Marking one attempt at hand-in and re-marking a whole quiz take the same path.
 * Short answers keep the points the teacher gave.
 */
@Component
class Marker {

    private static final int FETCH = 2_000;
    private static final int BATCH = 5_000;

    private final JdbcTemplate jdbc;

    Marker(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks the handed-in attempts of the quiz, or only the one given; call it within a transaction. */
    void mark(Quiz quiz, Map<Long, Item> items, Long attemptId) {
        int size = quiz.entries().size();
        // per position, the mark of each distinct response: a class gives few distinct answers to an item
        List<Map<List<String>, Marking.Mark>> marks = new ArrayList<>(Collections.nCopies(size + 1, null));
        Marking[] keys = new Marking[size + 1];
        BigDecimal[] full = new BigDecimal[size + 1];
        for (Quiz.Entry e : quiz.entries()) {
            Item item = items.get(e.itemId());
            if (item.kind().objective()) {
                keys[e.position()] = Marking.of(item);
                full[e.position()] = e.points();
                marks.set(e.position(), new HashMap<>());
            }
        }
        Batch batch = new Batch();
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    SELECT id, responses::text, points FROM quiz_attempt
                    WHERE quiz_id = ? AND handed_in_at IS NOT NULL""" + (attemptId == null ? "" : " AND id = ?"));
            ps.setLong(1, quiz.id());
            if (attemptId != null) {
                ps.setLong(2, attemptId);
            }
            ps.setFetchSize(FETCH);
            return ps;
        }, rs -> {
            Map<Integer, List<String>> responses = Responses.parse(rs.getString(2));
            Array given = rs.getArray(3);
            BigDecimal[] before = given == null ? new BigDecimal[0] : (BigDecimal[]) given.getArray();
            StringBuilder points = new StringBuilder(size * 4).append('{');
            StringBuilder correct = new StringBuilder(size * 2).append('{');
            BigDecimal score = BigDecimal.ZERO;
            boolean waiting = false;
            for (int position = 1; position <= size; position++) {
                List<String> response = responses.get(position);
                BigDecimal p = null;
                Boolean c = null;
                if (keys[position] != null) {
                    if (response != null) {
                        Marking key = keys[position];
                        BigDecimal worth = full[position];
                        Marking.Mark mark = marks.get(position).computeIfAbsent(response, r -> key.mark(r, worth));
                        p = mark.points();
                        c = mark.correct();
                    }
                } else if (position <= before.length) {
                    p = before[position - 1]; // the teacher's
                }
                if (p != null) {
                    score = score.add(p);
                } else if (response != null) {
                    waiting = true;
                }
                points.append(position == 1 ? "" : ",").append(p == null ? "NULL" : p.toPlainString());
                correct.append(position == 1 ? "" : ",").append(c == null ? "NULL" : c ? "t" : "f");
            }
            batch.add(rs.getLong(1), points.append('}').toString(), correct.append('}').toString(),
                    score.toPlainString(), !waiting);
        });
        for (int from = 0; from < batch.size(); from += BATCH) {
            write(batch, from, Math.min(batch.size(), from + BATCH));
        }
    }

    private void write(Batch batch, int from, int to) {
        jdbc.update("""
                UPDATE quiz_attempt t SET points = u.p::numeric(6,1)[], correct = u.c::boolean[],
                                          score = u.s::numeric(8,1), marked = u.m
                FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::boolean[]) AS u(id, p, c, s, m)
                WHERE t.id = u.id""",
                batch.ids.subList(from, to).toArray(Long[]::new),
                batch.points.subList(from, to).toArray(String[]::new),
                batch.correct.subList(from, to).toArray(String[]::new),
                batch.scores.subList(from, to).toArray(String[]::new),
                batch.marked.subList(from, to).toArray(Boolean[]::new));
    }

    /** The marks of the attempts read, as array literals, to write in batches. */
    private static final class Batch {
        final List<Long> ids = new ArrayList<>();
        final List<String> points = new ArrayList<>();
        final List<String> correct = new ArrayList<>();
        final List<String> scores = new ArrayList<>();
        final List<Boolean> marked = new ArrayList<>();

        void add(long id, String p, String c, String score, boolean done) {
            ids.add(id);
            points.add(p);
            correct.add(c);
            scores.add(score);
            marked.add(done);
        }

        int size() {
            return ids.size();
        }
    }
}
