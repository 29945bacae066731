package org.renrentong.classroom.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Days of a term without teaching (国庆), or a weekend day taught to make up for one (调休).
 *
 * @param follows for a make-up day, the weekday whose timetable it follows ("按周一课表"); null for a holiday, and
 *                for a make-up day entered before schools named one (it then follows its own weekday)
 */
public record DayOff(long id, String name, LocalDate firstDay, LocalDate lastDay, Kind kind, DayOfWeek follows) {

    public enum Kind { HOLIDAY, WORKDAY }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }

    /** A make-up day that does not say which timetable it follows yet: the calendar page asks for it. */
    public boolean followsUnnamed() {
        return kind == Kind.WORKDAY && follows == null;
    }
}
