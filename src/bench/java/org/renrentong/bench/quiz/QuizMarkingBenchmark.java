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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Marking a whole quiz (see bench/quiz-marking.sh): bench.students handed-in attempts at a quiz of bench.items
 * objective items (single choice, multiple choice, true/false, fill-in in turn), answered with a skew towards the
 * right answer, are marked by the teacher's "mark again" (QuizMarking.remark: read, mark, write back, sum), against
 * a reference in the same run: one bare UPDATE that writes points to the same answer rows (the cost of the writes
 * alone). Each side runs bench.rounds times; medians, min and max.
 */
@IntegrationTest
class QuizMarkingBenchmark {

    @Autowired Fixtures fixtures;
    @Autowired QuizFixtures quizzes;
    @Autowired QuizMarking marking;
    @Autowired JdbcClient jdbc;

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
        jdbc.sql("""
                INSERT INTO quiz_attempt (quiz_id, student_id, class_id, started_at, handed_in_at)
                SELECT ?, 900000000 + s, ?, now() - interval '30 minutes', now() - interval '5 minutes'
                FROM generate_series(1, ?) s""").params(quizId, c.id(), students).update();
        // answers skewed to the right one: about two in three right
        jdbc.sql("""
                INSERT INTO quiz_answer (attempt_id, position, response)
                SELECT t.id, p, CASE p % 4
                    WHEN 1 THEN ARRAY[CASE WHEN random() < 0.65 THEN '1' ELSE (floor(random() * 4))::int::text END]
                    WHEN 2 THEN CASE WHEN random() < 0.6 THEN ARRAY['0', '2'] WHEN random() < 0.5 THEN ARRAY['0']
                                     ELSE ARRAY['1', '3'] END
                    WHEN 3 THEN ARRAY[(random() < 0.7)::text]
                    ELSE ARRAY[CASE WHEN random() < 0.5 THEN 'Ｈ２Ｏ' WHEN random() < 0.5 THEN '水' ELSE 'HO2' END,
                               CASE WHEN random() < 0.7 THEN 'x = 2' ELSE 'x=3' END] END
                FROM quiz_attempt t, generate_series(1, ?) p WHERE t.quiz_id = ?""")
                .params(itemCount, quizId).update();
        jdbc.sql("ANALYZE quiz_answer").update();
        jdbc.sql("ANALYZE quiz_attempt").update();
        double generated = (System.nanoTime() - started) / 1e9;

        List<Double> marked = new ArrayList<>();
        List<Double> reference = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            jdbc.sql("""
                    UPDATE quiz_answer a SET points = 1, correct = TRUE FROM quiz_attempt t
                    WHERE t.id = a.attempt_id AND t.quiz_id = ?""").param(quizId).update();
            reference.add((System.nanoTime() - t0) / 1e9);
            long t1 = System.nanoTime();
            marking.remark(teacher, quizId);
            marked.add((System.nanoTime() - t1) / 1e9);
        }
        int answers = students * itemCount;
        String report = String.format("""
                Quiz marking benchmark, %s
                machine: %d cores; Java %s; embedded PostgreSQL 17
                data: %,d handed-in attempts × %d objective items = %,d answers (generated in %.1f s)
                command: bench/quiz-marking.sh %d %d %d

                                                      median      min      max
                mark the whole quiz (QuizMarking)    %6.2f s %6.2f s %6.2f s   (target < 5 s)
                reference: one bare UPDATE of them   %6.2f s %6.2f s %6.2f s
                ratio marking / reference            %6.2f
                answers marked per second            %,8.0f
                load average %s
                """, java.time.LocalDate.now(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), students, itemCount, answers, generated, students, itemCount,
                rounds, median(marked), Collections.min(marked), Collections.max(marked), median(reference),
                Collections.min(reference), Collections.max(reference), median(marked) / median(reference),
                answers / median(marked), Files.readString(Path.of("/proc/loadavg")).strip());
        Path out = Path.of("bench", "results", "quiz-marking.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
        assertThat(jdbc.sql("SELECT count(*) FROM quiz_attempt WHERE quiz_id = ? AND score IS NOT NULL")
                .param(quizId).query(Integer.class).single()).isEqualTo(students);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
