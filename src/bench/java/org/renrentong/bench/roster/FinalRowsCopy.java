package org.renrentong.bench.roster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Reference (c): the rows one import wrote (people, role grants, class places, guardianships, personal spaces) are
 * copied out, then timed while COPYed into empty tables LIKE the real ones, INCLUDING ALL (indexes, defaults,
 * checks; foreign keys are not copied by LIKE).
 */
final class FinalRowsCopy {

    private FinalRowsCopy() {
    }

    static double measure(DataSource dataSource, long schoolId, Path dir) throws SQLException, IOException {
        String people = "(SELECT id FROM person WHERE school_id = " + schoolId + " UNION SELECT g.guardian_id "
                + "FROM guardianship g JOIN person s ON s.id = g.student_id WHERE s.school_id = " + schoolId + ")";
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("person", "SELECT * FROM person WHERE id IN " + people);
        tables.put("role_grant", "SELECT * FROM role_grant WHERE person_id IN " + people);
        tables.put("class_student", "SELECT cs.* FROM class_student cs JOIN school_class c ON c.id = cs.class_id "
                + "WHERE c.school_id = " + schoolId);
        tables.put("guardianship", "SELECT g.* FROM guardianship g JOIN person s ON s.id = g.student_id "
                + "WHERE s.school_id = " + schoolId);
        tables.put("space", "SELECT * FROM space WHERE kind = 'PERSONAL' AND owner_id IN " + people);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (Map.Entry<String, String> t : tables.entrySet()) {
                try (OutputStream out = Files.newOutputStream(dir.resolve(t.getKey() + ".copy"))) {
                    copy.copyOut("COPY (" + t.getValue() + ") TO STDOUT", out);
                }
                statement.execute("DROP TABLE IF EXISTS bench_final_" + t.getKey());
            }
            long start = System.nanoTime();
            for (String table : tables.keySet()) {
                statement.execute("CREATE TABLE bench_final_" + table + " (LIKE " + table + " INCLUDING ALL)");
                try (InputStream in = Files.newInputStream(dir.resolve(table + ".copy"))) {
                    copy.copyIn("COPY bench_final_" + table + " FROM STDIN", in);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            for (String table : tables.keySet()) {
                statement.execute("DROP TABLE bench_final_" + table);
                Files.delete(dir.resolve(table + ".copy"));
            }
            return seconds;
        }
    }
}
