package org.renrentong.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Row count and a sum of the writing transactions (xmin) of every application table, to prove that a refused request
 * changed nothing: an insert, update or delete moves one or the other. The audit log is left out (a refusal may be
 * audited, which is a row that should appear), and so are the spaces' visit counts, which a timer writes in the
 * background (that table is hashed without them), and the OAI-PMH provider's records, which its timer brings up to
 * the resource change log in the background. The sums are taken again only when some transaction has written
 * since the last time (the next transaction id moved).
 */
final class TableChecksum {

    private final JdbcClient jdbc;
    private final String query;
    private long lastWrite = -1;
    private Map<String, String> last;

    TableChecksum(JdbcClient jdbc) {
        this.jdbc = jdbc;
        List<String> tables = jdbc.sql("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
                  AND table_name NOT IN ('audit_event', 'flyway_schema_history', 'oai_record', 'oai_set', 'oai_feed')
                ORDER BY table_name""")
                .query(String.class).list();
        this.query = tables.stream()
                .map(t -> "SELECT '" + t + "' AS t, count(*) AS n, coalesce(sum("
                        + (t.equals("space") ? "hashtext((to_jsonb(x) - 'visit_count')::text)" : "x.xmin::text::bigint")
                        + "), 0) AS h FROM \"" + t + "\" x")
                .collect(Collectors.joining(" UNION ALL "));
    }

    /** Table name → "rows/sum", now. */
    Map<String, String> take() {
        long nextTransaction = jdbc.sql("SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint")
                .query(Long.class).single();
        if (last == null || nextTransaction != lastWrite) {
            Map<String, String> sums = new LinkedHashMap<>();
            jdbc.sql(query).query(rs -> {
                sums.put(rs.getString("t"), rs.getLong("n") + "/" + rs.getLong("h"));
            });
            last = sums;
            lastWrite = nextTransaction;
        }
        return last;
    }

    /** The tables whose rows differ between two checksums. */
    static List<String> changed(Map<String, String> before, Map<String, String> after) {
        return after.entrySet().stream().filter(e -> !e.getValue().equals(before.get(e.getKey())))
                .map(Map.Entry::getKey).toList();
    }
}
