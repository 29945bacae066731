package org.renrentong.federation.harvest;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.renrentong.resource.FileRole;
import org.renrentong.resource.HarvestedFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The queue of files to copy ({@code harvest_file}): what waits, who holds what, and the figures per source. */
@Repository
class FileCopyRepository {

    private final JdbcClient jdbc;

    FileCopyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A file taken from the queue: its row and how many attempts went before. */
    record Copy(long id, long sourceId, String nodeCode, RemoteFile file, int attempts) {
    }

    /** Queues the files of a page (in its transaction); a file already queued for its record stays as it is. */
    void enqueue(long sourceId, List<RemoteFile> files) {
        if (files.isEmpty()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO harvest_file (source_id, origin_identifier, url, sha256, name, role, state)
                SELECT ?, t.identifier, t.url, t.sha256, t.name, t.role, 'WAITING'
                FROM unnest(CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
                    CAST(? AS text[])) AS t(identifier, url, sha256, name, role)
                ON CONFLICT (origin_identifier, url) DO NOTHING""")
                .params(sourceId, files.stream().map(f -> cut(f.identifier(), 300)).toArray(String[]::new),
                        files.stream().map(RemoteFile::url).toArray(String[]::new),
                        files.stream().map(RemoteFile::sha256).toArray(String[]::new),
                        files.stream().map(f -> cut(f.name(), 255)).toArray(String[]::new),
                        files.stream().map(f -> f.role().name()).toArray(String[]::new)).update();
    }

    /**
     * Drops the files of these records that the records no longer announce, or announce with other bytes (replaced
     * at the origin), and gives back the stored copies those rows had made.
     */
    List<HarvestedFiles.Copied> dropReplaced(List<String> identifiers, List<RemoteFile> announced) {
        if (identifiers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                DELETE FROM harvest_file f WHERE f.origin_identifier = ANY(?)
                  AND NOT EXISTS (SELECT 1 FROM unnest(CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]))
                                      AS a(identifier, url, sha256)
                                  WHERE a.identifier = f.origin_identifier AND a.url = f.url
                                    AND a.sha256 IS NOT DISTINCT FROM f.sha256)
                RETURNING f.origin_identifier, f.file_id""")
                .params(identifiers.stream().map(i -> cut(i, 300)).toArray(String[]::new),
                        announced.stream().map(f -> cut(f.identifier(), 300)).toArray(String[]::new),
                        announced.stream().map(RemoteFile::url).toArray(String[]::new),
                        announced.stream().map(RemoteFile::sha256).toArray(String[]::new))
                .query((rs, n) -> new HarvestedFiles.Copied(rs.getString(1), rs.getObject(2, Long.class))).list()
                .stream().filter(c -> c.fileId() != null).toList();
    }

    /** Takes the next due file for this holder, unless another holder's lease on it still runs. */
    Optional<Copy> claim(String holder, Duration lease) {
        return jdbc.sql("""
                UPDATE harvest_file f SET leased_by = ?, leased_until = now() + CAST(? AS interval), updated_at = now()
                FROM harvest_source s
                WHERE f.id = (SELECT id FROM harvest_file WHERE state = 'WAITING' AND next_try_at <= now()
                                AND (leased_until IS NULL OR leased_until < now())
                              ORDER BY next_try_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
                  AND s.id = f.source_id
                RETURNING f.id, f.source_id, s.node_code, f.origin_identifier, f.url, f.sha256, f.name, f.role,
                    f.attempts""")
                .params(holder, lease.toSeconds() + " seconds")
                .query((rs, n) -> new Copy(rs.getLong("id"), rs.getLong("source_id"), rs.getString("node_code"),
                        new RemoteFile(rs.getString("origin_identifier"), rs.getString("url"), rs.getString("sha256"),
                                rs.getString("name"), FileRole.valueOf(rs.getString("role"))), rs.getInt("attempts")))
                .optional();
    }

    /** Keeps the lease while bytes arrive; false when another holder took the file meanwhile. */
    boolean renew(long id, String holder, Duration lease) {
        return jdbc.sql("""
                UPDATE harvest_file SET leased_until = now() + CAST(? AS interval), updated_at = now()
                WHERE id = ? AND leased_by = ? AND state = 'WAITING'""")
                .params(lease.toSeconds() + " seconds", id, holder).update() == 1;
    }

    /** The file is kept here (in the transaction that attaches it); false when this holder lost the row. */
    boolean copied(long id, String holder, long fileId, long size) {
        return jdbc.sql("""
                UPDATE harvest_file SET state = 'COPIED', file_id = ?, size = ?, reason = NULL, leased_by = NULL,
                    leased_until = NULL, updated_at = now() WHERE id = ? AND leased_by = ? AND state = 'WAITING'""")
                .params(fileId, size, id, holder).update() == 1;
    }

    /**
     * Forgets the files of records deleted at their source (in the page's transaction): their copies are released
     * with the resource, and a record that comes back has its files copied anew.
     */
    void forget(List<String> identifiers) {
        if (!identifiers.isEmpty()) {
            jdbc.sql("DELETE FROM harvest_file WHERE origin_identifier = ANY(?)")
                    .param(identifiers.stream().map(i -> cut(i, 300)).toArray(String[]::new)).update();
        }
    }

    /** The attempt failed: tried again after the back-off, or given up after the last attempt. */
    void failed(long id, String reason, Duration backOff, boolean giveUp) {
        jdbc.sql("""
                UPDATE harvest_file SET attempts = attempts + 1, reason = ?, state = ?, leased_by = NULL,
                    leased_until = NULL, next_try_at = now() + CAST(? AS interval), updated_at = now() WHERE id = ?""")
                .params(reason, giveUp ? "FAILED" : "WAITING", backOff.toSeconds() + " seconds", id).update();
    }

    /** Lets the holder go without counting an attempt (this node is stopping). */
    void release(long id, String holder) {
        jdbc.sql("UPDATE harvest_file SET leased_by = NULL, leased_until = NULL WHERE id = ? AND leased_by = ?")
                .params(id, holder).update();
    }

    CopyFigures figures(long sourceId) {
        return jdbc.sql("""
                SELECT count(*) FILTER (WHERE state = 'COPIED'), COALESCE(sum(size) FILTER (WHERE state = 'COPIED'), 0),
                    count(*) FILTER (WHERE state = 'WAITING'), count(*) FILTER (WHERE state = 'FAILED'),
                    COALESCE(sum(attempts), 0)
                FROM harvest_file WHERE source_id = ?""").param(sourceId)
                .query((rs, n) -> new CopyFigures(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5))).single();
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
