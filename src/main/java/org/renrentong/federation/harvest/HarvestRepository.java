package org.renrentong.federation.harvest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sources, their runs and errors; the lease that keeps a source's harvest to one node at a time. */
@Repository
class HarvestRepository {

    private final JdbcClient jdbc;

    HarvestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(SourceForm f, SourceState state, String nodeCode) {
        return jdbc.sql("""
                INSERT INTO harvest_source (name, base_url, metadata_prefix, set_spec, interval_minutes, state, node_code,
                    copy_files)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(f.name(), f.baseUrl(), f.metadataPrefix(), f.setSpec(), f.intervalMinutes(), state.name(),
                        nodeCode, f.copyFiles()).query(Long.class).single();
    }

    void update(long id, SourceForm f, SourceState state) {
        jdbc.sql("""
                UPDATE harvest_source SET name = ?, base_url = ?, metadata_prefix = ?, set_spec = ?,
                    interval_minutes = ?, state = ?, copy_files = ? WHERE id = ?""")
                .params(f.name(), f.baseUrl(), f.metadataPrefix(), f.setSpec(), f.intervalMinutes(), state.name(),
                        f.copyFiles(), id).update();
    }

    void state(long id, SourceState state) {
        jdbc.sql("UPDATE harvest_source SET state = ? WHERE id = ?").params(state.name(), id).update();
    }

    Optional<HarvestSource> find(long id) {
        return jdbc.sql("SELECT * FROM harvest_source WHERE id = ?").param(id).query(HarvestRepository::source)
                .optional();
    }

    Optional<HarvestSource> findByNode(String code) {
        return jdbc.sql("SELECT * FROM harvest_source WHERE node_code = ?").param(code)
                .query(HarvestRepository::source).optional();
    }

    List<HarvestSource> all() {
        return jdbc.sql("SELECT * FROM harvest_source ORDER BY state = 'REMOVED', name, id")
                .query(HarvestRepository::source).list();
    }

    /** Active sources whose time has come and that no node holds. */
    List<Long> due(int limit) {
        return jdbc.sql("""
                SELECT id FROM harvest_source WHERE state = 'ACTIVE' AND next_run_at <= now()
                  AND (leased_until IS NULL OR leased_until < now()) ORDER BY next_run_at LIMIT ?""")
                .param(limit).query(Long.class).list();
    }

    void due(long id) {
        jdbc.sql("UPDATE harvest_source SET next_run_at = now() WHERE id = ?").param(id).update();
    }

    /** Takes the source for a harvest unless another holder's lease still runs. */
    boolean lease(long id, String holder, Duration lease) {
        return jdbc.sql("""
                UPDATE harvest_source SET leased_by = ?, leased_until = now() + CAST(? AS interval)
                WHERE id = ? AND (leased_until IS NULL OR leased_until < now() OR leased_by = ?)""")
                .params(holder, lease.toSeconds() + " seconds", id, holder).update() == 1;
    }

    /** Keeps the lease (in a page's transaction): false when another holder took the source meanwhile. */
    boolean renew(long id, String holder, Duration lease) {
        return jdbc.sql("""
                UPDATE harvest_source SET leased_until = now() + CAST(? AS interval)
                WHERE id = ? AND leased_by = ?""").params(lease.toSeconds() + " seconds", id, holder).update() == 1;
    }

    void release(long id, String holder) {
        jdbc.sql("UPDATE harvest_source SET leased_by = NULL, leased_until = NULL WHERE id = ? AND leased_by = ?")
                .params(id, holder).update();
    }

    /** A new run from {@code from}: recorded, and the source's standing set to its start. */
    long startRun(long sourceId, Instant from) {
        long runId = jdbc.sql("INSERT INTO harvest_run (source_id, status, from_stamp) VALUES (?, 'RUNNING', ?) RETURNING id")
                .params(sourceId, ts(from)).query(Long.class).single();
        jdbc.sql("""
                UPDATE harvest_source SET run_id = ?, run_from = ?, resumption_token = NULL, run_highest = NULL
                WHERE id = ?""").params(runId, ts(from), sourceId).update();
        return runId;
    }

    void resumeRun(long runId) {
        jdbc.sql("UPDATE harvest_run SET status = 'RUNNING', finished_at = NULL, updated_at = now() WHERE id = ?")
                .param(runId).update();
    }

    /** The run starts again from its from (its token expired): pages already stored are skipped as unchanged. */
    void restartRun(long sourceId) {
        jdbc.sql("UPDATE harvest_source SET resumption_token = NULL WHERE id = ?").param(sourceId).update();
    }

    /** A page stored: the run's figures and the source's standing, in the page's transaction. */
    void pageDone(long sourceId, long runId, String nextToken, Instant highest, int records, int deleted,
                  int skipped) {
        jdbc.sql("""
                UPDATE harvest_run SET pages = pages + 1, records = records + ?, deleted = deleted + ?,
                    skipped = skipped + ?, updated_at = now() WHERE id = ?""")
                .params(records, deleted, skipped, runId).update();
        jdbc.sql("""
                UPDATE harvest_source SET resumption_token = ?,
                    run_highest = CASE WHEN CAST(? AS timestamptz) IS NULL THEN run_highest
                                       ELSE greatest(run_highest, CAST(? AS timestamptz)) END
                WHERE id = ?""").params(nextToken, ts(highest), ts(highest), sourceId).update();
    }

    /** The run reached the end of the list: the next one asks from its highest datestamp. */
    void runDone(long sourceId, long runId) {
        jdbc.sql("UPDATE harvest_run SET status = 'DONE', finished_at = now(), updated_at = now() WHERE id = ?")
                .param(runId).update();
        jdbc.sql("""
                UPDATE harvest_source SET harvested_from = coalesce(run_highest, harvested_from), run_id = NULL,
                    run_from = NULL, resumption_token = NULL, run_highest = NULL, failures = 0,
                    next_run_at = now() + make_interval(mins => interval_minutes)
                WHERE id = ?""").param(sourceId).update();
    }

    /** The run stopped on a failure: it goes on from its last stored page after the back-off. */
    void runFailed(long sourceId, long runId, Duration backOff) {
        jdbc.sql("UPDATE harvest_run SET status = 'FAILED', finished_at = now(), updated_at = now() WHERE id = ?")
                .param(runId).update();
        jdbc.sql("""
                UPDATE harvest_source SET failures = failures + 1, next_run_at = now() + CAST(? AS interval)
                WHERE id = ?""").params(backOff.toSeconds() + " seconds", sourceId).update();
    }

    void error(long sourceId, Long runId, String url, String token, String reason, String detail) {
        jdbc.sql("""
                INSERT INTO harvest_error (source_id, run_id, url, resumption_token, reason, detail)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(sourceId, runId, cut(url, 3000), cut(token, 2000), reason, cut(detail, 1000)).update();
    }

    List<HarvestRun> runs(long sourceId, int limit) {
        return jdbc.sql("SELECT * FROM harvest_run WHERE source_id = ? ORDER BY id DESC LIMIT ?")
                .params(sourceId, limit).query((rs, n) -> new HarvestRun(rs.getLong("id"),
                        HarvestRun.Status.valueOf(rs.getString("status")), instant(rs.getTimestamp("from_stamp")),
                        rs.getInt("pages"), rs.getInt("records"), rs.getInt("deleted"), rs.getInt("skipped"),
                        instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("updated_at")),
                        instant(rs.getTimestamp("finished_at")))).list();
    }

    List<HarvestError> errors(long sourceId, int limit) {
        return jdbc.sql("SELECT * FROM harvest_error WHERE source_id = ? ORDER BY id DESC LIMIT ?")
                .params(sourceId, limit).query((rs, n) -> new HarvestError(rs.getLong("id"),
                        instant(rs.getTimestamp("at")), rs.getString("url"), rs.getString("resumption_token"),
                        rs.getString("reason"), rs.getString("detail"))).list();
    }

    private static HarvestSource source(ResultSet rs, int n) throws SQLException {
        return new HarvestSource(rs.getLong("id"), rs.getString("name"), rs.getString("base_url"),
                rs.getString("metadata_prefix"), rs.getString("set_spec"), rs.getInt("interval_minutes"),
                SourceState.valueOf(rs.getString("state")), rs.getString("node_code"),
                instant(rs.getTimestamp("harvested_from")), (Long) rs.getObject("run_id", Long.class),
                instant(rs.getTimestamp("run_from")), rs.getString("resumption_token"),
                instant(rs.getTimestamp("run_highest")), instant(rs.getTimestamp("next_run_at")),
                rs.getInt("failures"), instant(rs.getTimestamp("leased_until")), rs.getBoolean("copy_files"));
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
