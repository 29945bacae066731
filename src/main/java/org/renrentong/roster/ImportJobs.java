package org.renrentong.roster;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.renrentong.identity.PeopleImport;
import org.renrentong.org.School;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Import job records and their errors. Progress and the end of a rejected or failed job are written in a
 * transaction of their own, so the page sees them while (or after) the import transaction runs or rolls back.
 */
@Repository
class ImportJobs {

    private static final String JOB = """
            SELECT j.id, j.school_id, j.school_name, j.file_name, j.status, j.total_rows, j.processed_rows,
                   j.progress, j.error_count, j.created_rows, j.updated_rows, j.created_classes, j.linked_guardians,
                   j.invited_guardians,
                   j.message, j.message_args, j.created_at, j.finished_at
            FROM import_job j""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate separate;

    ImportJobs(JdbcClient jdbc, JdbcTemplate batch, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void insert(UUID id, School school, long requestedBy, String fileName) {
        jdbc.sql("""
                INSERT INTO import_job (id, school_id, school_name, school_path, requested_by, file_name, status)
                VALUES (?,?,?,?,?,?,'QUEUED')""")
                .params(id, school.id(), school.name(), school.regionPath(), requestedBy, fileName).update();
    }

    void progress(UUID id, ImportStatus status, long processed, Long total, int percent) {
        separate.executeWithoutResult(tx -> jdbc.sql("""
                UPDATE import_job SET status = ?, processed_rows = ?, total_rows = COALESCE(?, total_rows), progress = ?
                WHERE id = ?""").params(status.name(), processed, total, percent, id).update());
    }

    /** Inside the import transaction: the job is done exactly when its rows are committed. */
    void done(UUID id, long processed, PeopleImport.Counts counts, int createdClasses) {
        jdbc.sql("""
                UPDATE import_job SET status = 'DONE', processed_rows = ?, progress = 100, created_rows = ?,
                       updated_rows = ?, created_classes = ?, linked_guardians = ?, invited_guardians = ?,
                       finished_at = now() WHERE id = ?""")
                .params(processed, counts.created(), counts.updated(), createdClasses, counts.linkedGuardians(),
                        counts.invitedGuardians(), id)
                .update();
    }

    /** After the rollback: the reason, the error count, and the first errors for the report. */
    void finish(UUID id, ImportStatus status, String messageKey, List<String> args, long errorCount,
                List<ImportError> errors) {
        separate.executeWithoutResult(tx -> {
            jdbc.sql("""
                    UPDATE import_job SET status = ?, message = ?, message_args = ?, error_count = ?, progress = 100,
                           finished_at = now() WHERE id = ?""")
                    .params(status.name(), messageKey, args.isEmpty() ? null : String.join("\t", args), errorCount, id)
                    .update();
            batch.batchUpdate("INSERT INTO import_error (job_id, sheet, line, field, message, detail) "
                    + "VALUES (?,?,?,?,?,?)", errors.stream().map(e -> new Object[] {id, e.sheet(), e.line(), e.field(),
                            e.messageKey(), e.args().isEmpty() ? null : truncate(String.join("\t", e.args()))})
                    .toList());
        });
    }

    Optional<ImportJob> find(UUID id) {
        return jdbc.sql(JOB + " WHERE j.id = ?").param(id).query(this::map).optional();
    }

    /** Jobs of schools under a region path (or of one school), newest first, by keyset on (created_at, id). */
    List<ImportJob> recent(String pathPrefix, Long schoolId, Instant beforeAt, UUID beforeId, int limit) {
        return jdbc.sql(JOB + "\n" + """
                 WHERE j.school_path LIKE :path AND (CAST(:school AS BIGINT) IS NULL OR j.school_id = :school)
                   AND (CAST(:at AS TIMESTAMPTZ) IS NULL OR (j.created_at, j.id) < (CAST(:at AS TIMESTAMPTZ), :id))
                 ORDER BY j.created_at DESC, j.id DESC LIMIT :limit""")
                .param("path", pathPrefix + "%").param("school", schoolId)
                .param("at", beforeAt == null ? null : Timestamp.from(beforeAt))
                .param("id", beforeId == null ? new UUID(0, 0) : beforeId).param("limit", limit)
                .query(this::map).list();
    }

    long count(String pathPrefix, Long schoolId) {
        return jdbc.sql("""
                SELECT count(*) FROM import_job j
                WHERE j.school_path LIKE :path AND (CAST(:school AS BIGINT) IS NULL OR j.school_id = :school)""")
                .param("path", pathPrefix + "%").param("school", schoolId).query(Long.class).single();
    }

    List<ImportError> errors(UUID id, int limit) {
        return jdbc.sql("""
                SELECT sheet, line, field, message, detail FROM import_error WHERE job_id = ?
                ORDER BY sheet NULLS FIRST, line, field LIMIT ?""").params(id, limit)
                .query((rs, n) -> new ImportError(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        split(rs.getString(5))))
                .list();
    }

    /**
     * Jobs a stopped (or crashed) node left unfinished: their transaction is gone, so nothing of them was written.
     * Jobs queued since {@code startedAt} belong to this process, which already takes uploads when this runs.
     */
    int interruptUnfinished(Instant startedAt) {
        return jdbc.sql("""
                UPDATE import_job SET status = 'FAILED', message = 'roster.job.interrupted', finished_at = now()
                WHERE status IN ('QUEUED','VALIDATING','WRITING') AND created_at < ?""")
                .param(Timestamp.from(startedAt)).update();
    }

    private ImportJob map(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ImportJob(rs.getObject("id", UUID.class), rs.getLong("school_id"), rs.getString("school_name"),
                rs.getString("file_name"), ImportStatus.valueOf(rs.getString("status")),
                (Long) rs.getObject("total_rows"), rs.getLong("processed_rows"), rs.getInt("progress"),
                rs.getLong("error_count"), rs.getLong("created_rows"), rs.getLong("updated_rows"),
                rs.getInt("created_classes"), rs.getLong("linked_guardians"), rs.getLong("invited_guardians"),
                rs.getString("message"),
                split(rs.getString("message_args")), rs.getTimestamp("created_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }

    private static List<String> split(String joined) {
        return joined == null ? List.of() : Arrays.asList(joined.split("\t", -1));
    }

    private static String truncate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300);
    }
}
