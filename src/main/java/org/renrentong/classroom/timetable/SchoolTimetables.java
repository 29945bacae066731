package org.renrentong.classroom.timetable;

import java.util.List;
import org.renrentong.classroom.calendar.Term;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;

/** A school's timetables page: its classes, its bell schedule, and the term they are shown for. */
public record SchoolTimetables(School school, List<SchoolClass> classes, BellSchedule schedule, Term term,
                               List<Term> terms) {

    public SchoolTimetables {
        classes = List.copyOf(classes);
        terms = List.copyOf(terms);
    }
}
