package org.renrentong.classroom.closure;

import java.time.LocalDate;
import java.util.List;

/**
 * A closure's figures: per school (or per class of one school) and per day, the share of students who opened at
 * least one lesson of the online schedule and the share of those with homework due that day who handed all of it in.
 */
public record ClosureReport(Closure closure, boolean perClass, List<LocalDate> days, List<UnitFigures> units) {

    public ClosureReport {
        days = List.copyOf(days);
        units = List.copyOf(units);
    }

    /** A school or a class, with its students and its figures for each day. */
    public record UnitFigures(long id, String name, long students, List<DayFigures> days) {
        public UnitFigures {
            days = List.copyOf(days);
        }
    }

    /**
     * @param openedShare   opened / students, null without students
     * @param handedInShare handedIn / homeworkDue, null when no homework was due that day
     */
    public record DayFigures(LocalDate day, long opened, Double openedShare, long homeworkDue, long handedIn,
                             Double handedInShare) {
    }
}
