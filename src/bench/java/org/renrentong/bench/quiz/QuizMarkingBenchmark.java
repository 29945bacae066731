package org.renrentong.bench.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renrentong.classroom.quiz.Item;
import org.renrentong.classroom.quiz.QuizMarking;
import org.renrentong.identity.Actor;
import org.renrentong.org.SchoolClass;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.QuizBuilder;
import org.renrentong.testing.QuizFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Marking a whole quiz (see bench/quiz-marking.sh): bench.students handed-in attempts at a quiz of bench.items
 * objective items (single choice, multiple choice, true/false, fill-in in turn), answered with a skew towards the
 * right answer, are marked by the teacher's "mark again" (QuizMarking.remark: read, mark, write back, sum), against
 * two references in the same run: reading the same answers (the query marking streams, without marking them) and
 * one bare UPDATE that writes constant marks to the same attempt rows (the cost of the writes alone). Each runs
 * bench.rounds times (medians, min and max) after a first round on a cold JVM, whose marking time is reported apart.
 */
@IntegrationTest
class QuizMarkingBenchmark {

    @Autowired Fixtures fixtures;
    @Autowired QuizFixtures quizzes;
    @Autowired QuizMarking marking;
    @Autowired JdbcClient jdbc;
    @Autowired JdbcTemplate template;

    @Test
    void markAWholeQuiz() throws Exception {
        int students = Integer.getInteger("bench.students", 10_000);
        int itemCount = Integer.getInteger("bench.items", 40);
        int rounds = Integer.getInteger("bench.rounds", 3);
        SchoolClass c = fixtures.aClass().build();
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().teaching(c).build());
        QuizBuilder quiz = quizzes.aQuiz(teacher).forClass(c).titled("期中测验");
        for (int i = 0; i < itemCount; i++) {
            Item item = switch (i % 4) {
                case 0 -> quizzes.anItem(teacher).singleChoice("单选 " + i, 1, "甲", "乙", "丙", "丁").build();
                case 1 -> quizzes.anItem(teacher).multipleChoice("多选 " + i, List.of(0, 2), "甲", "乙", "丙", "丁")
                        .build();
                case 2 -> quizzes.anItem(teacher).trueFalse("判断 " + i, true).build();
                default -> quizzes.anItem(teacher).fillIn("填空 " + i, List.of("H2O", "水"), List.of("x=2")).build();
            };
            quiz.with(item, 2.5);
        }
        long quizId = quiz.build().id();
        long started = System.nanoTime();
        // answers skewed to the right one: about two in three right
        jdbc.sql("""
                INSERT INTO quiz_attempt (quiz_id, student_id, class_id, started_at, handed_in_at, responses)
                SELECT ?, 900000000 + s, ?, now() - interval '30 minutes', now() - interval '5 minutes',
                       jsonb_object_agg(p::text, to_jsonb(CASE p % 4
                    WHEN 1 THEN ARRAY[CASE WHEN random() < 0.65 THEN '1' ELSE (floor(random() * 4))::int::text END]
                    WHEN 2 THEN CASE WHEN random() < 0.6 THEN ARRAY['0', '2'] WHEN random() < 0.5 THEN ARRAY['0']
                                     ELSE ARRAY['1', '3'] END
                    WHEN 3 THEN ARRAY[(random() < 0.7)::text]
                    ELSE ARRAY[CASE WHEN random() < 0.5 THEN 'Ｈ２Ｏ' WHEN random() < 0.5 THEN '水' ELSE 'HO2' END,
                               CASE WHEN random() < 0.7 THEN 'x = 2' ELSE 'x=3' END] END))
                FROM generate_series(1, ?) s, generate_series(1, ?) p GROUP BY s""")
                .params(quizId, c.id(), students, itemCount).update();
        jdbc.sql("ANALYZE quiz_attempt").update();
        double generated = (System.nanoTime() - started) / 1e9;

        List<Double> marked = new ArrayList<>();
        List<Double> read = new ArrayList<>();
        List<Double> written = new ArrayList<>();
        String points = "{" + String.join(",", Collections.nCopies(itemCount, "1")) + "}";
        String correct = "{" + String.join(",", Collections.nCopies(itemCount, "t")) + "}";
        double cold = 0;
        for (int r = 0; r <= rounds; r++) { // round 0 runs the same work on a cold JVM: reported apart
            long t0 = System.nanoTime();
            int[] rows = {0};
            template.query("SELECT id, responses::text, points FROM quiz_attempt "
                    + "WHERE quiz_id = ? AND handed_in_at IS NOT NULL", rs -> {
                        rs.getLong(1);
                        rs.getString(2);
                        rs.getArray(3);
                        rows[0]++;
                    }, quizId);
            double reading = (System.nanoTime() - t0) / 1e9;
            assertThat(rows[0]).isEqualTo(students);
            long t1 = System.nanoTime();
            jdbc.sql("""
                    UPDATE quiz_attempt SET points = ?::numeric(6,1)[], correct = ?::boolean[], score = 0,
                                            marked = TRUE
                    WHERE quiz_id = ? AND handed_in_at IS NOT NULL""").params(points, correct, quizId).update();
            double writing = (System.nanoTime() - t1) / 1e9;
            long t2 = System.nanoTime();
            marking.remark(teacher, quizId);
            double took = (System.nanoTime() - t2) / 1e9;
            if (r == 0) {
                cold = took;
            } else {
                read.add(reading);
                written.add(writing);
                marked.add(took);
            }
        }
        int answers = students * itemCount;
        String report = String.format("""
                Quiz marking benchmark, %s
                machine: %d cores; Java %s; embedded PostgreSQL 17
                data: %,d handed-in attempts × %d objective items = %,d answers (generated in %.1f s),
                      stored one row per attempt (responses jsonb, points and truth arrays)
                command: bench/quiz-marking.sh %d %d %d   (rounds after a first one on a cold JVM)

                                                               median      min      max
                mark the whole quiz (QuizMarking.remark)      %6.2f s %6.2f s %6.2f s   (target < 5 s)
                the same, first round on a cold JVM           %6.2f s
                reference 1: reading the same answers         %6.2f s %6.2f s %6.2f s
                reference 2: the bare write of the same rows  %6.2f s %6.2f s %6.2f s
                ratio marking / (reading + bare write)        %6.2f
                answers marked per second                     %,8.0f
                load average %s
                """, java.time.LocalDate.now(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), students, itemCount, answers, generated, students, itemCount,
                rounds, median(marked), Collections.min(marked), Collections.max(marked), cold, median(read),
                Collections.min(read), Collections.max(read), median(written), Collections.min(written),
                Collections.max(written), median(marked) / (median(read) + median(written)),
                answers / median(marked), Files.readString(Path.of("/proc/loadavg")).strip());
        Path out = Path.of("bench", "results", "quiz-marking.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
        assertThat(jdbc.sql("SELECT count(*) FROM quiz_attempt WHERE quiz_id = ? AND score IS NOT NULL")
                .param(quizId).query(Integer.class).single()).isEqualTo(students);
        // the marks are the marking's, not the bare write's (a score of 0): some right, some wrong
        assertThat(jdbc.sql("SELECT count(*) FROM quiz_attempt WHERE quiz_id = ? AND score > 0 AND score < ?")
                .params(quizId, itemCount * 2.5).query(Integer.class).single()).isPositive();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
