package org.renrentong.classroom.timetable;

import java.util.List;
import org.renrentong.classroom.calendar.Term;

/**
 * A week of lessons as a grid, for a class or for a teacher across classes, in one term.
 *
 * @param term    the term shown, null when the school has no calendar yet
 * @param terms   the terms of the school's calendar, to choose from
 * @param editable whether the reader may change the lessons
 */
public record TimetableView(String title, long schoolId, Term term, List<Term> terms, BellSchedule schedule,
                            List<Lesson> lessons, boolean editable) {

    public TimetableView {
        terms = List.copyOf(terms);
        lessons = List.copyOf(lessons);
    }

    /** The lesson of a cell, or null. */
    public Lesson at(int day, int period) {
        return lessons.stream().filter(l -> l.day() == day && l.period() == period).findFirst().orElse(null);
    }
}
