package org.renrentong;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postgresql.PGConnection;

/**
 * A database made by an earlier release — its schema holding a node's demo data, exported table by table from a
 * running node of that release — upgrades in place to this release's schema, losing no row. Each release adds
 * its export here ({@code upgrade/release-<version>-v<schema>.sql}); the older ones stay, since a node may skip
 * a release.
 */
class SchemaUpgradeTest {

    /** The review notices in the demo's personal spaces, in each export. */
    private static final long DEMO_REVIEW_NOTICES = 12;
    /** Tables whose rows a migration moved to a table of another module, and where they went. */
    private static final Map<String, String> MOVED = Map.of("group_member", "group_membership");

    @ParameterizedTest(name = "release {0}")
    @CsvSource({"0.1, 91", "0.2, 116"})
    void aDatabaseOfAnEarlierReleaseUpgradesInPlace(String release, String schemaVersion) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource db = postgres.getPostgresDatabase();
            flyway(db).target(schemaVersion).load().migrate();
            load(db, "upgrade/release-" + release + "-v" + schemaVersion + ".sql");
            Map<String, Long> before = rowCounts(db);
            assertThat(before).containsKeys("person", "resource", "audit_event", "guardianship", "post");

            flyway(db).load().migrate();

            Map<String, Long> after = rowCounts(db);
            before.forEach((table, rows) -> assertThat(after.get(MOVED.getOrDefault(table, table))).as(table)
                    .isGreaterThanOrEqualTo(rows));
            assertThat(flyway(db).load().info().pending()).isEmpty();
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                // the demo guardian still signs in by phone after the account renames
                ResultSet parent = s.executeQuery("SELECT count(*) FROM person WHERE phone = '13800000000'");
                parent.next();
                assertThat(parent.getLong(1)).isEqualTo(1);
                // the review notices of personal spaces became notifications of their owners, linking to the resource
                ResultSet notices = s.executeQuery("""
                        SELECT count(*) FILTER (WHERE p.deleted_at IS NULL), count(n.id)
                        FROM post p JOIN space sp ON sp.id = p.space_id
                        LEFT JOIN notification n ON n.source = 'post:' || p.id AND n.person_id = sp.owner_id
                          AND n.target_type = 'RESOURCE' AND n.target_id = substring(p.body FROM '/resources/([0-9]+)')
                        WHERE p.message_key LIKE 'resource.notice.%'""");
                notices.next();
                assertThat(notices.getLong(1)).as("notices left in the spaces").isZero();
                assertThat(notices.getLong(2)).as("notices carried over").isEqualTo(DEMO_REVIEW_NOTICES);
                // the free-text subjects of the demo's teachers became subject codes (语文 13, 数学 14)
                ResultSet subjects = s.executeQuery("""
                        SELECT string_agg(class_id || ':' || subject || ':' || person_id, ',' ORDER BY class_id, subject),
                               (SELECT count(*) FROM class_teacher WHERE former_subject IS NOT NULL)
                        FROM class_subject""");
                subjects.next();
                assertThat(subjects.getString(1)).isEqualTo("1:13:8,2:13:9,2:14:10,3:13:35,4:13:42,5:13:49");
                assertThat(subjects.getLong(2)).as("subjects left as free text").isZero();
            }
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DataSource db) {
        return Flyway.configure().dataSource(db).locations("classpath:db/migration");
    }

    /** The export: COPY blocks (table, columns, rows in COPY's text format) and the sequences' positions. */
    private static void load(DataSource db, String export) throws IOException, SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             BufferedReader in = new BufferedReader(new InputStreamReader(
                     SchemaUpgradeTest.class.getClassLoader().getResourceAsStream(export),
                     StandardCharsets.UTF_8))) {
            s.execute("SET session_replication_role = replica"); // rows arrive table by table, not in key order
            PGConnection pg = c.unwrap(PGConnection.class);
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("COPY ")) {
                    StringBuilder rows = new StringBuilder();
                    for (String row = in.readLine(); !row.equals("\\."); row = in.readLine()) {
                        rows.append(row).append('\n');
                    }
                    pg.getCopyAPI().copyIn(line.substring(0, line.length() - 1), new StringReader(rows.toString()));
                } else if (line.startsWith("SELECT setval")) {
                    s.execute(line);
                }
            }
            s.execute("SET session_replication_role = DEFAULT");
        }
    }

    private static Map<String, Long> rowCounts(DataSource db) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            ResultSet tables = s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                    + " AND tablename <> 'flyway_schema_history'");
            java.util.List<String> names = new java.util.ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString(1));
            }
            for (String table : names) {
                ResultSet n = s.executeQuery("SELECT count(*) FROM \"" + table + "\"");
                n.next();
                counts.put(table, n.getLong(1));
            }
        }
        return counts;
    }
}
