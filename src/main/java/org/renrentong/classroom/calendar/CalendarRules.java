package org.renrentong.classroom.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.renrentong.shared.DomainException;

/** The rules of a school calendar, without the database: what may be set, and what a date is. */
final class CalendarRules {

    static final int MAX_NAME = 32;
    /** A school year is at most a year and a bit: longer spans are typing errors. */
    static final int MAX_YEAR_DAYS = 400;

    private CalendarRules() {
    }

    /** A name and a span of days, in order. */
    static String checkSpan(String name, LocalDate first, LocalDate last) {
        String clean = name == null ? "" : name.trim();
        if (clean.isEmpty()) {
            throw DomainException.invalid("classroom.calendar.name.required");
        }
        if (clean.length() > MAX_NAME) {
            throw DomainException.invalid("classroom.calendar.name.tooLong", MAX_NAME);
        }
        if (first == null || last == null) {
            throw DomainException.invalid("classroom.calendar.days.required");
        }
        if (last.isBefore(first)) {
            throw DomainException.invalid("classroom.calendar.days.order", first, last);
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_YEAR_DAYS) {
            throw DomainException.invalid("classroom.calendar.days.tooLong", MAX_YEAR_DAYS);
        }
        return clean;
    }

    /** A new school year may not overlap another of the same calendar. */
    static void checkYear(LocalDate first, LocalDate last, List<SchoolYear> others) {
        for (SchoolYear other : others) {
            if (overlap(first, last, other.firstDay(), other.lastDay())) {
                throw DomainException.invalid("classroom.calendar.year.overlaps", other.name());
            }
        }
    }

    /** A new term lies within its school year and overlaps no other term of the same calendar. */
    static void checkTerm(SchoolYear year, LocalDate first, LocalDate last, List<SchoolYear> calendar) {
        if (first.isBefore(year.firstDay()) || last.isAfter(year.lastDay())) {
            throw DomainException.invalid("classroom.calendar.term.outsideYear", year.name(), year.firstDay(),
                    year.lastDay());
        }
        for (SchoolYear y : calendar) {
            for (Term other : y.terms()) {
                if (overlap(first, last, other.firstDay(), other.lastDay())) {
                    throw DomainException.invalid("classroom.calendar.term.overlaps", other.name());
                }
            }
        }
    }

    /**
     * Days off lie within their term and overlap no other day off of it; a make-up working day is one weekend
     * day and names the weekday (Monday to Friday) whose timetable it follows, a holiday names none.
     */
    static void checkDayOff(Term term, LocalDate first, LocalDate last, DayOff.Kind kind, DayOfWeek follows) {
        if (kind == null) {
            throw DomainException.invalid("classroom.calendar.dayOff.kind");
        }
        if (kind == DayOff.Kind.WORKDAY && (follows == null || weekend(follows))) {
            throw DomainException.invalid("classroom.calendar.dayOff.follows");
        }
        if (kind == DayOff.Kind.HOLIDAY && follows != null) {
            throw DomainException.invalid("classroom.calendar.dayOff.followsHoliday");
        }
        if (!term.contains(first) || !term.contains(last)) {
            throw DomainException.invalid("classroom.calendar.dayOff.outsideTerm", term.name(), term.firstDay(),
                    term.lastDay());
        }
        if (kind == DayOff.Kind.WORKDAY && (!first.equals(last) || !weekend(first))) {
            throw DomainException.invalid("classroom.calendar.dayOff.workday");
        }
        for (DayOff other : term.daysOff()) {
            if (overlap(first, last, other.firstDay(), other.lastDay())) {
                throw DomainException.invalid("classroom.calendar.dayOff.overlaps", other.name());
            }
        }
    }

    /** What the date is in this calendar. */
    static TeachingWeek weekOf(List<SchoolYear> calendar, LocalDate date) {
        for (SchoolYear year : calendar) {
            for (Term term : year.terms()) {
                if (term.contains(date)) {
                    return inTerm(term, date);
                }
            }
        }
        for (SchoolYear year : calendar) {
            if (year.contains(date)) {
                return new TeachingWeek(TeachingWeek.Kind.HOLIDAY, null, null, null, null);
            }
        }
        return TeachingWeek.NONE;
    }

    private static TeachingWeek inTerm(Term term, LocalDate date) {
        int week = term.weekOf(date);
        for (DayOff off : term.daysOff()) {
            if (off.contains(date)) {
                TeachingWeek.Kind kind = off.kind() == DayOff.Kind.WORKDAY ? TeachingWeek.Kind.MAKE_UP_DAY
                        : TeachingWeek.Kind.HOLIDAY;
                return new TeachingWeek(kind, term, week, off.name(), off.follows());
            }
        }
        return new TeachingWeek(TeachingWeek.Kind.TEACHING, term, week, null, null);
    }

    private static boolean weekend(LocalDate date) {
        return weekend(date.getDayOfWeek());
    }

    private static boolean weekend(DayOfWeek day) {
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    private static boolean overlap(LocalDate a1, LocalDate a2, LocalDate b1, LocalDate b2) {
        return !a1.isAfter(b2) && !b1.isAfter(a2);
    }
}
