package org.renrentong.classroom.calendar;

import java.time.LocalDate;
import java.util.List;

/** A school year (学年) and its terms in date order. */
public record SchoolYear(long id, String name, LocalDate firstDay, LocalDate lastDay, List<Term> terms) {

    public SchoolYear {
        terms = List.copyOf(terms);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }
}
