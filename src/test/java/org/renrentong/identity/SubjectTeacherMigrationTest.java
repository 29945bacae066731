package org.renrentong.identity;

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
 * The free-text subjects of the earlier release become subject codes in place: standard names (and the common short
 * forms) map to their code, a subject two teachers of a class named stays with the head teacher and remains readable
 * for the other, other texts stay readable, and a class keeps one head teacher.
 */
class SubjectTeacherMigrationTest {

    @Test
    void freeTextSubjectsBecomeCodesAndOtherTextsStayReadable() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource db = postgres.getPostgresDatabase();
            flyway(db).target("204").load().migrate();
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                s.execute("SET session_replication_role = replica"); // the rows alone, without their people and classes
                s.execute("""
                        INSERT INTO class_teacher (class_id, person_id, subject, head) VALUES
                            (1, 1, '数学', FALSE), (1, 2, '数学', TRUE), (1, 3, '物理实验', FALSE), (1, 4, NULL, TRUE),
                            (2, 5, ' 生物 ', TRUE), (2, 6, '体育', FALSE), (2, 7, '', FALSE)""");
            }

            flyway(db).load().migrate();

            assertThat(rows(db, "SELECT class_id || ':' || subject || ':' || person_id FROM class_subject "
                    + "ORDER BY class_id, subject")).containsExactly("1:14:2", "2:22:6", "2:32:5");
            assertThat(rows(db, "SELECT class_id || ':' || person_id || ':' || head || ':' "
                    + "|| COALESCE(former_subject, '-') FROM class_teacher ORDER BY class_id, person_id"))
                    .containsExactly("1:1:false:数学", "1:2:true:-", "1:3:false:物理实验", "1:4:false:-",
                            "2:5:true:-", "2:6:false:-", "2:7:false:-");
            assertThat(rows(db, "SELECT class_id || ':' || person_id || ':' || COALESCE(subject, '-') "
                    + "FROM identity_v_class_teacher WHERE person_id IN (1, 3) ORDER BY person_id"))
                    .containsExactly("1:1:数学", "1:3:物理实验");
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
