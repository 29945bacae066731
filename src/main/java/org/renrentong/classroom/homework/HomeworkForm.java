package org.renrentong.classroom.homework;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a teacher assigns: to whole classes ({@code classIds}), or to chosen students of them ({@code studentIds}:
 * for a class with chosen students only those get it); resources from the library by id.
 *
 * @param maxScore graded with a score of 0..maxScore; null: graded with a level (优/良/中/待提高)
 */
public record HomeworkForm(String title, String instructions, String subjectCode, Instant dueAt,
                           Boolean lateAccepted, Integer maxScore, List<Long> classIds, List<Long> studentIds,
                           List<Long> resourceIds) {

    public HomeworkForm {
        title = title == null ? null : title.strip();
        instructions = instructions == null ? "" : instructions.strip();
        subjectCode = subjectCode == null || subjectCode.isBlank() ? null : subjectCode.strip();
        classIds = classIds == null ? List.of() : classIds.stream().filter(Objects::nonNull).distinct().toList();
        studentIds = studentIds == null ? List.of()
                : studentIds.stream().filter(Objects::nonNull).distinct().toList();
        resourceIds = resourceIds == null ? List.of()
                : resourceIds.stream().filter(Objects::nonNull).distinct().toList();
    }
}
