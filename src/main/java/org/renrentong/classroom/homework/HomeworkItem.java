package org.renrentong.classroom.homework;

import java.time.Instant;

/**
 * A line of a homework list: for a student (or a guardian, per child) with where their work stands; for a teacher
 * with how many of its students submitted.
 */
public record HomeworkItem(long id, String title, String subjectCode, Instant dueAt, boolean lateAccepted,
                           SubmissionStatus status, boolean late, Integer score, Integer maxScore, Level level,
                           String comment, int students, int submitted, long schoolId) {
}
