package org.renrentong.classroom.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/** A term (学期) with its days off; its teaching weeks count Monday-based weeks from the week of its first day. */
public record Term(long id, String name, LocalDate firstDay, LocalDate lastDay, List<DayOff> daysOff) {

    public Term {
        daysOff = List.copyOf(daysOff);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }

    /** The teaching week of a date within the term: 1 for the week of its first day. */
    public int weekOf(LocalDate date) {
        return (int) ChronoUnit.WEEKS.between(monday(firstDay), monday(date)) + 1;
    }

    /** How many teaching weeks the term spans. */
    public int weeks() {
        return weekOf(lastDay);
    }

    private static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
