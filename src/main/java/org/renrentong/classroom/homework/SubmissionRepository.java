package org.renrentong.classroom.homework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.renrentong.storage.StoredFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Submissions with their versions and files, and the teacher's grading. */
@Repository
class SubmissionRepository {

    record Row(long id, long homeworkId, long studentId, String studentName, long classId, SubmissionStatus status,
               int version, Instant submittedAt, boolean late, Integer score, Level level, String comment,
               Instant gradedAt, boolean excellent) {
    }

    private static final String SELECT = """
            SELECT s.id, s.homework_id, s.student_id, p.name, s.class_id, s.status, s.version, s.submitted_at, s.late,
                   s.score, s.level, s.comment, s.graded_at, s.excellent
            FROM homework_submission s LEFT JOIN identity_v_person p ON p.id = s.student_id""";

    private final JdbcClient jdbc;

    SubmissionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The student's submission, locked for the change about to be made. */
    Optional<Row> lockOf(long homeworkId, long studentId) {
        return jdbc.sql(SELECT + " WHERE s.homework_id = ? AND s.student_id = ? FOR UPDATE OF s")
                .params(homeworkId, studentId).query(SubmissionRepository::row).optional();
    }

    Optional<Row> findOf(long homeworkId, long studentId) {
        return jdbc.sql(SELECT + " WHERE s.homework_id = ? AND s.student_id = ?")
                .params(homeworkId, studentId).query(SubmissionRepository::row).optional();
    }

    Optional<Row> find(long id) {
        return jdbc.sql(SELECT + " WHERE s.id = ?").param(id).query(SubmissionRepository::row).optional();
    }

    Optional<Row> lock(long id) {
        return jdbc.sql(SELECT + " WHERE s.id = ? FOR UPDATE OF s").param(id).query(SubmissionRepository::row)
                .optional();
    }

    List<Row> ofClass(long homeworkId, long classId) {
        return jdbc.sql(SELECT + " WHERE s.homework_id = ? AND s.class_id = ? ORDER BY s.submitted_at")
                .params(homeworkId, classId).query(SubmissionRepository::row).list();
    }

    List<Row> excellent(long homeworkId, long classId) {
        return jdbc.sql(SELECT + " WHERE s.homework_id = ? AND s.class_id = ? AND s.excellent ORDER BY p.name")
                .params(homeworkId, classId).query(SubmissionRepository::row).list();
    }

    boolean anyOf(long homeworkId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM homework_submission WHERE homework_id = ?)").param(homeworkId)
                .query(Boolean.class).single();
    }

    /**
     * The student's first handing-in; empty when another one of theirs came first (a double tap): this insert waits
     * for it to commit and leaves its row, which the caller then locks and hands in again over.
     */
    Optional<Long> insertFirst(long homeworkId, long studentId, long classId, Instant at, boolean late) {
        return jdbc.sql("""
                INSERT INTO homework_submission (homework_id, student_id, class_id, status, version, submitted_at, late)
                VALUES (?,?,?,'SUBMITTED',1,?,?) ON CONFLICT (homework_id, student_id) DO NOTHING RETURNING id""")
                .params(homeworkId, studentId, classId, Timestamp.from(at), late).query(Long.class).optional();
    }

    /** A new version after a return or before grading: handed in again. */
    void resubmitted(long id, int version, Instant at, boolean late) {
        jdbc.sql("UPDATE homework_submission SET status = 'SUBMITTED', version = ?, submitted_at = ?, late = ? WHERE id = ?")
                .params(version, Timestamp.from(at), late, id).update();
    }

    void insertVersion(long submissionId, int version, String text, Instant at, boolean late) {
        jdbc.sql("INSERT INTO homework_version (submission_id, version, text, submitted_at, late) VALUES (?,?,?,?,?)")
                .params(submissionId, version, text, Timestamp.from(at), late).update();
    }

    /** The version's files, in one statement. */
    void insertFiles(long submissionId, int version, List<StoredFile> files) {
        if (files.isEmpty()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO homework_file (submission_id, version, kind, file_id, name, media_type)
                SELECT ?, ?, t.kind, t.file_id, t.name, t.media_type
                FROM unnest(CAST(? AS text[]), CAST(? AS bigint[]), CAST(? AS text[]), CAST(? AS text[]))
                    AS t(kind, file_id, name, media_type)""")
                .params(submissionId, version,
                        files.stream().map(f -> FileKind.of(f.mediaType()).name()).toArray(String[]::new),
                        files.stream().map(StoredFile::id).toArray(Long[]::new),
                        files.stream().map(StoredFile::name).toArray(String[]::new),
                        files.stream().map(StoredFile::mediaType).toArray(String[]::new)).update();
    }

    void grade(long id, Integer score, Level level, String comment, long teacherId) {
        jdbc.sql("""
                UPDATE homework_submission SET status = 'GRADED', score = ?, level = ?, comment = ?, graded_by = ?,
                       graded_at = now() WHERE id = ?""")
                .params(score, level == null ? null : level.name(), comment, teacherId, id).update();
    }

    void returned(long id, String comment, long teacherId) {
        jdbc.sql("""
                UPDATE homework_submission SET status = 'RETURNED', comment = ?, graded_by = ?, graded_at = now(),
                       score = NULL, level = NULL WHERE id = ?""").params(comment, teacherId, id).update();
    }

    void excellent(long id, boolean excellent) {
        jdbc.sql("UPDATE homework_submission SET excellent = ? WHERE id = ?").params(excellent, id).update();
    }

    List<SubmissionView.Version> versions(long submissionId) {
        List<SubmissionView.File> files = jdbc.sql("""
                SELECT id, version, kind, file_id, name, media_type, annotation_file_id FROM homework_file
                WHERE submission_id = ? ORDER BY version, id""").param(submissionId)
                .query((rs, n) -> new SubmissionView.File(rs.getLong(1), rs.getInt(2),
                        FileKind.valueOf(rs.getString(3)), rs.getLong(4), rs.getString(5), rs.getString(6),
                        (Long) rs.getObject(7))).list();
        return jdbc.sql("""
                SELECT version, text, submitted_at, late FROM homework_version WHERE submission_id = ?
                ORDER BY version DESC""").param(submissionId)
                .query((rs, n) -> {
                    int v = rs.getInt(1);
                    return new SubmissionView.Version(v, rs.getString(2), rs.getTimestamp(3).toInstant(),
                            rs.getBoolean(4), files.stream().filter(f -> f.version() == v).toList());
                }).list();
    }

    Optional<SubmissionView.File> file(long submissionId, long homeworkFileId) {
        return versions(submissionId).stream().flatMap(v -> v.files().stream())
                .filter(f -> f.id() == homeworkFileId).findFirst();
    }

    void annotate(long homeworkFileId, long annotationFileId) {
        jdbc.sql("UPDATE homework_file SET annotation_file_id = ? WHERE id = ?")
                .params(annotationFileId, homeworkFileId).update();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp graded = rs.getTimestamp(13);
        String level = rs.getString(11);
        return new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getLong(5),
                SubmissionStatus.valueOf(rs.getString(6)), rs.getInt(7), rs.getTimestamp(8).toInstant(),
                rs.getBoolean(9), (Integer) rs.getObject(10), level == null ? null : Level.valueOf(level),
                rs.getString(12), graded == null ? null : graded.toInstant(), rs.getBoolean(14));
    }
}
