package org.renrentong.classroom.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

/**
 * The answers of the earlier release, a row each, move into their attempt's row in place: the responses as given, the
 * points and truth of a handed-in attempt over every position of its quiz (NULL where none), the teacher's comments;
 * a row the teacher's mark made for an empty answer is no response, and an attempt still in progress has no marks.
 */
class QuizAnswersMigrationTest {

    @Test
    void answerRowsBecomeTheAttemptsResponsesAndMarks() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource db = postgres.getPostgresDatabase();
            flyway(db).target("242").load().migrate();
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                s.execute("SET session_replication_role = replica"); // the rows alone, without their items and people
                s.execute("""
                        INSERT INTO quiz (id, owner_id, school_id, title, subject_code, opens_at, closes_at)
                        VALUES (1, 1, 1, '期中测验', '14', now() - interval '1 day', now() + interval '1 day')""");
                s.execute("""
                        INSERT INTO quiz_entry (quiz_id, position, item_id, points) VALUES
                            (1, 1, 11, 2), (1, 2, 12, 4), (1, 3, 13, 5), (1, 4, 14, 5)""");
                s.execute("""
                        INSERT INTO quiz_attempt (id, quiz_id, student_id, class_id, handed_in_at, score, marked) VALUES
                            (1, 1, 101, 7, now(), 9.5, TRUE), (2, 1, 102, 7, now(), 0, FALSE), (3, 1, 103, 7, NULL, NULL, FALSE)""");
                s.execute("""
                        INSERT INTO quiz_answer (attempt_id, position, response, points, correct, comment) VALUES
                            (1, 1, '{1}', 2, TRUE, NULL),
                            (1, 2, '{0,2}', 2, FALSE, NULL),
                            (1, 3, '{"因为……"}', 4.5, NULL, '写得清楚'),
                            (1, 4, '{}', 1, NULL, '没有作答'),
                            (2, 1, '{}', 0, FALSE, NULL),
                            (2, 3, '{"还没改"}', NULL, NULL, NULL),
                            (3, 2, '{1,3}', NULL, NULL, NULL)""");
            }

            flyway(db).load().migrate();

            assertThat(rows(db, """
                    SELECT id || ' ' || responses::text || ' ' || COALESCE(points::text, '-') || ' '
                           || COALESCE(correct::text, '-') || ' ' || comments::text || ' ' || score || ' ' || marked
                    FROM quiz_attempt WHERE id < 3 ORDER BY id""")).containsExactly(
                    "1 {\"1\": [\"1\"], \"2\": [\"0\", \"2\"], \"3\": [\"因为……\"]} {2.0,2.0,4.5,1.0} {t,f,NULL,NULL} "
                            + "{\"3\": \"写得清楚\", \"4\": \"没有作答\"} 9.5 true",
                    "2 {\"1\": [], \"3\": [\"还没改\"]} {0.0,NULL,NULL,NULL} {f,NULL,NULL,NULL} {} 0.0 false");
            assertThat(rows(db, """
                    SELECT responses::text || ' ' || COALESCE(points::text, '-') || ' ' || COALESCE(correct::text, '-')
                    FROM quiz_attempt WHERE id = 3""")).containsExactly("{\"2\": [\"1\", \"3\"]} - -");
            assertThat(rows(db, "SELECT count(*)::text FROM pg_tables WHERE tablename = 'quiz_answer'"))
                    .containsExactly("0");
        }
    }

    private static FluentConfiguration flyway(DataSource db) {
        return Flyway.configure().dataSource(db).locations("classpath:db/migration");
    }

    private static List<String> rows(DataSource db, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                rows.add(r.getString(1));
            }
        }
        return rows;
    }
}
