package org.renrentong.classroom.homework;

import java.time.Instant;
import java.util.List;

/** One class's students on one homework: who handed in on time, late, and who has not. */
public record ClassOverview(long homeworkId, long classId, String className, List<Line> lines) {

    /** A student and their work; {@code submissionId} null when they have not handed in. */
    public record Line(long studentId, String name, Long submissionId, SubmissionStatus status, Instant submittedAt,
                       boolean late, Integer score, Level level, String comment, boolean excellent) {
    }

    public List<Line> onTime() {
        return lines.stream().filter(l -> l.submissionId() != null && !l.late()).toList();
    }

    public List<Line> late() {
        return lines.stream().filter(l -> l.submissionId() != null && l.late()).toList();
    }

    public List<Line> missing() {
        return lines.stream().filter(l -> l.submissionId() == null).toList();
    }
}
