package org.renrentong.classroom.homework;

import java.time.Instant;
import java.util.List;

/** A homework as its readers see it. */
public record Homework(long id, long teacherId, String teacherName, long schoolId, String regionPath, String title,
                       String instructions, String subjectCode, Instant dueAt, boolean lateAccepted,
                       Integer maxScore, boolean withdrawn, List<AssignedClass> classes, List<Attachment> attachments,
                       List<Long> resourceIds) {

    /** A class it is assigned to; with chosen students, only those. */
    public record AssignedClass(long classId, String name, boolean chosenOnly) {
    }

    /** A file of the teacher's that comes with it. */
    public record Attachment(long fileId, String name, String mediaType) {
        public boolean image() {
            return mediaType.startsWith("image/");
        }
    }

    public boolean scored() {
        return maxScore != null;
    }

    public boolean overdue(Instant now) {
        return now.isAfter(dueAt);
    }
}
