package org.renrentong.classroom.quiz;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A quiz to set: its title and subject, the items in order with their points, the classes, the window
 * (opens, closes) and an optional time limit in minutes.
 */
public record QuizDraft(String title, String subjectCode, List<EntryDraft> entries, Set<Long> classIds,
                        Instant opensAt, Instant closesAt, Integer timeLimitMinutes) {

    /** An item of the quiz with its points. */
    public record EntryDraft(Long itemId, BigDecimal points) {
    }
}
