package org.renrentong.classroom.calendar;

import java.time.LocalDate;

/** Days of a term without teaching (国庆), or a weekend day taught to make up for one (调休). */
public record DayOff(long id, String name, LocalDate firstDay, LocalDate lastDay, Kind kind) {

    public enum Kind { HOLIDAY, WORKDAY }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }
}
