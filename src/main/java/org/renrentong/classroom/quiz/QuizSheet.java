package org.renrentong.classroom.quiz;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A student's own view of a quiz: the questions without their keys, the student's answers and, once handed in,
 * the points of each answer and the teacher's comments. Never another student's.
 */
public record QuizSheet(long quizId, String title, BigDecimal total, State state, Instant deadline,
                        List<Question> questions, BigDecimal score, boolean marked, boolean open) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    public enum State { NOT_STARTED, IN_PROGRESS, HANDED_IN }

    /** One question with the student's answer; {@code blanks} counts the blanks of a fill-in. */
    public record Question(int position, ItemKind kind, String stem, List<String> choices, int blanks,
                           boolean picture, BigDecimal points, List<String> response, BigDecimal earned,
                           Boolean correct, String comment) {

        public boolean chose(int index) {
            return response.contains(String.valueOf(index));
        }

        public String given(int index) {
            return index < response.size() ? response.get(index) : "";
        }
    }

    public String deadlineShown() {
        return deadline == null ? "" : SHOWN.format(deadline);
    }

    /** Seconds left to answer, for the countdown shown beside the questions (the server decides). */
    public long secondsLeft() {
        return deadline == null ? 0 : Math.max(0, deadline.getEpochSecond() - Instant.now().getEpochSecond());
    }
}
