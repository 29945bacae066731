package org.renrentong.classroom.closure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A closure of one school or of every school in a region, from its first to its last day; ended early, it is in
 * effect up to and including {@code endedOn} (not at all when ended before its first day).
 */
public record Closure(long id, String regionCode, Long schoolId, String placeName, String placePath,
                      LocalDate firstDay, LocalDate lastDay, LocalDate endedOn, String reason, Instant createdAt) {

    public boolean ofSchool() {
        return schoolId != null;
    }

    /** The last day in effect; before the first day when the closure was called off before it began. */
    public LocalDate lastDayInEffect() {
        return endedOn != null && endedOn.isBefore(lastDay) ? endedOn : lastDay;
    }

    public boolean endedEarly() {
        return endedOn != null;
    }

    /** Whether it may still be ended early: not yet ended, and its last day not yet past. */
    public boolean endable(LocalDate today) {
        return endedOn == null && !lastDay.isBefore(today);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDayInEffect());
    }

    /** The days in effect, in order. */
    public List<LocalDate> days() {
        return firstDay.datesUntil(lastDayInEffect().plusDays(1)).toList();
    }
}
