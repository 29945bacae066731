package org.renrentong.classroom.quiz;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/** A quiz: its entries (items with points), the classes it is set for, its window and optional time limit. */
public record Quiz(long id, long ownerId, String ownerName, long schoolId, String title, String subjectCode,
                   Instant opensAt, Instant closesAt, Integer timeLimitMinutes, List<Entry> entries,
                   Set<Long> classIds) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    /** One item of the quiz, at its position (from 1), with the points it is worth. */
    public record Entry(int position, long itemId, BigDecimal points) {
    }

    public BigDecimal totalPoints() {
        return entries.stream().map(Entry::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The last moment answers are taken for an attempt started at {@code startedAt}. */
    public Instant deadline(Instant startedAt) {
        if (timeLimitMinutes == null) {
            return closesAt;
        }
        Instant limit = startedAt.plus(Duration.ofMinutes(timeLimitMinutes));
        return limit.isBefore(closesAt) ? limit : closesAt;
    }

    public boolean open(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public String opensShown() {
        return SHOWN.format(opensAt);
    }

    public String closesShown() {
        return SHOWN.format(closesAt);
    }
}
