package org.renrentong.federation.oai;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The provider's records ({@code oai_record}), their sets and how far they follow the change log. */
@Component
class OaiRecords {

    /**
     * One record: the resource, its identifier, the seq and datestamp of its latest change, who may harvest it now
     * (its reach) and the widest reach it ever had, and its sets.
     */
    record Row(long resourceId, String identifier, long lastSeq, Instant datestamp, int reach, int widest,
               List<String> setSpecs) {

        /** Deleted for this harvester: it once reached it, and does no longer. */
        boolean deletedFor(OaiReach harvester) {
            return reach < harvester.level();
        }
    }

    /** What a list asks for: the harvester, and optional datestamp bounds (until exclusive) and set. */
    record Selection(OaiReach harvester, Instant from, Instant untilExclusive, String set) {
    }

    private final JdbcClient jdbc;

    OaiRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The records of these resources (those that have one), by resource id. */
    Map<Long, Row> findAll(Collection<Long> resourceIds) {
        Map<Long, Row> found = new HashMap<>();
        jdbc.sql("SELECT * FROM oai_record WHERE resource_id = ANY(?)").param(resourceIds.toArray(Long[]::new))
                .query(OaiRecords::row).list().forEach(r -> found.put(r.resourceId(), r));
        return found;
    }

    Optional<Row> byIdentifier(String identifier) {
        return jdbc.sql("SELECT * FROM oai_record WHERE identifier = ?").param(identifier).query(OaiRecords::row)
                .optional();
    }

    /**
     * Writes the records (one per resource), each unless a later change of its resource was written already, and
     * their sets, in two statements.
     */
    void saveAll(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO oai_record (resource_id, identifier, last_seq, datestamp, reach, widest, set_specs)
                SELECT t.id, t.identifier, t.seq, CAST(t.stamp AS timestamptz), t.reach, t.widest,
                    CAST(t.sets AS text[])
                FROM unnest(CAST(? AS bigint[]), CAST(? AS text[]), CAST(? AS bigint[]), CAST(? AS text[]),
                    CAST(? AS int[]), CAST(? AS int[]), CAST(? AS text[]))
                    AS t(id, identifier, seq, stamp, reach, widest, sets)
                ON CONFLICT (resource_id) DO UPDATE SET identifier = excluded.identifier,
                    last_seq = excluded.last_seq, datestamp = excluded.datestamp, reach = excluded.reach,
                    widest = GREATEST(oai_record.widest, excluded.widest), set_specs = excluded.set_specs
                WHERE oai_record.last_seq < excluded.last_seq""")
                .params(rows.stream().map(Row::resourceId).toArray(Long[]::new),
                        rows.stream().map(Row::identifier).toArray(String[]::new),
                        rows.stream().map(Row::lastSeq).toArray(Long[]::new),
                        rows.stream().map(r -> r.datestamp().toString()).toArray(String[]::new),
                        rows.stream().map(Row::reach).toArray(Integer[]::new),
                        rows.stream().map(Row::widest).toArray(Integer[]::new),
                        rows.stream().map(r -> arrayLiteral(r.setSpecs())).toArray(String[]::new))
                .update();
        String[] specs = rows.stream().flatMap(r -> r.setSpecs().stream()).distinct().sorted()
                .toArray(String[]::new);
        if (specs.length > 0) {
            jdbc.sql("INSERT INTO oai_set (spec) SELECT unnest(CAST(? AS text[])) ON CONFLICT DO NOTHING")
                    .param(specs).update();
        }
    }

    /** Up to limit records after the seq, in seq order: a keyset, so every page costs the same. */
    List<Row> page(Selection s, long afterSeq, int limit) {
        Where where = where(s);
        return jdbc.sql("SELECT * FROM oai_record WHERE " + where.sql + " AND last_seq > ? ORDER BY last_seq LIMIT ?")
                .params(where.with(afterSeq, limit)).query(OaiRecords::row).list();
    }

    long count(Selection s) {
        Where where = where(s);
        return jdbc.sql("SELECT count(*) FROM oai_record WHERE " + where.sql).params(where.params)
                .query(Long.class).single();
    }

    /** The earliest datestamp a harvester can see; empty while it sees none. */
    Optional<Instant> earliest(OaiReach harvester) {
        return jdbc.sql("SELECT min(datestamp) FROM oai_record WHERE widest >= ?").param(harvester.level())
                .query((rs, n) -> rs.getTimestamp(1)).optional().filter(t -> t != null).map(Timestamp::toInstant);
    }

    List<String> setSpecs() {
        return jdbc.sql("SELECT spec FROM oai_set ORDER BY spec").query(String.class).list();
    }

    boolean setExists(String spec) {
        return jdbc.sql("SELECT count(*) FROM oai_set WHERE spec = ?").param(spec).query(Long.class).single() > 0;
    }

    /** How far the records follow the change log, locking the position until the caller's transaction ends. */
    long lockPosition() {
        return jdbc.sql("SELECT position FROM oai_feed WHERE id = 1 FOR UPDATE").query(Long.class).single();
    }

    long position() {
        return jdbc.sql("SELECT position FROM oai_feed WHERE id = 1").query(Long.class).single();
    }

    void followedTo(long seq) {
        jdbc.sql("UPDATE oai_feed SET position = ? WHERE id = 1").param(seq).update();
    }

    private record Where(String sql, List<Object> params) {

        Object[] with(Object... more) {
            List<Object> all = new ArrayList<>(params);
            all.addAll(List.of(more));
            return all.toArray();
        }
    }

    /** Only the conditions asked for, so the planner sees each query for what it is. */
    private static Where where(Selection s) {
        StringBuilder sql = new StringBuilder("widest >= ?");
        List<Object> params = new ArrayList<>(List.of(s.harvester().level()));
        if (s.from() != null) {
            sql.append(" AND datestamp >= ?");
            params.add(Timestamp.from(s.from()));
        }
        if (s.untilExclusive() != null) {
            sql.append(" AND datestamp < ?");
            params.add(Timestamp.from(s.untilExclusive()));
        }
        if (s.set() != null) {
            sql.append(" AND set_specs @> ARRAY[CAST(? AS text)]");
            params.add(s.set());
        }
        return new Where(sql.toString(), params);
    }

    private static String arrayLiteral(Collection<String> values) {
        StringBuilder s = new StringBuilder("{");
        for (String v : values) {
            if (s.length() > 1) {
                s.append(',');
            }
            s.append('"').append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return s.append('}').toString();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Array sets = rs.getArray("set_specs");
        return new Row(rs.getLong("resource_id"), rs.getString("identifier"), rs.getLong("last_seq"),
                rs.getTimestamp("datestamp").toInstant(), rs.getInt("reach"), rs.getInt("widest"),
                List.of((String[]) sets.getArray()));
    }
}
