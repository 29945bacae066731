package org.renrentong.classroom.homework;

import java.time.Instant;
import java.util.List;

/** A student's work on a homework as the student, their guardians and their teachers see it: every version. */
public record SubmissionView(long id, long homeworkId, String homeworkTitle, Integer maxScore, long studentId,
                             String studentName, long classId, SubmissionStatus status, boolean late,
                             Integer score, Level level, String comment, Instant gradedAt, boolean excellent,
                             List<Version> versions) {

    /** One handing-in: its text and files. */
    public record Version(int version, String text, Instant submittedAt, boolean late, List<File> files) {
    }

    /** A file of a version; a photo the teacher drew on has the drawing as {@code annotationFileId}. */
    public record File(long id, int version, FileKind kind, long fileId, String name, String mediaType,
                       Long annotationFileId) {
    }
}
