package org.renrentong.classroom.quiz;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A line of a list of quizzes; for a student, with their own attempt's state and score. */
public record QuizLine(long id, String title, String subjectCode, Instant opensAt, Instant closesAt,
                       Integer timeLimitMinutes, Instant handedInAt, BigDecimal score, boolean marked,
                       boolean started, long schoolId) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    public String window() {
        return SHOWN.format(opensAt) + " – " + SHOWN.format(closesAt);
    }
}
