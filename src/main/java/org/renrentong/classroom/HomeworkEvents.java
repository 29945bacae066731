package org.renrentong.classroom;

import java.time.Instant;
import java.util.List;

/** Facts about homework that the notification centre turns into notifications for students and guardians. */
public final class HomeworkEvents {

    private HomeworkEvents() {
    }

    /** Homework was assigned to these students. */
    public record Assigned(long homeworkId, String title, Instant dueAt, List<Long> studentIds) {
        public Assigned {
            studentIds = List.copyOf(studentIds);
        }
    }

    /** A student's work was graded; the student and their guardians learn of it. */
    public record Graded(long homeworkId, String title, long submissionId, long studentId, String studentName,
                         List<Long> guardianIds, Instant gradedAt) {
        public Graded {
            guardianIds = List.copyOf(guardianIds);
        }
    }

    /** A student's work was returned for correction: they may submit again. */
    public record Returned(long homeworkId, String title, long submissionId, long studentId, Instant returnedAt) {
    }

    /** The due time is near ({@code leadMinutes} ahead) and these students have not submitted. */
    public record ReminderDue(long homeworkId, String title, Instant dueAt, int leadMinutes, List<Long> studentIds) {
        public ReminderDue {
            studentIds = List.copyOf(studentIds);
        }
    }
}
