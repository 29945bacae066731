package org.renrentong.classroom.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * What a date is at a school: a day of teaching week N of a term, a make-up working day (调休) of week N, or a
 * holiday — a day off within a term (named) or a day of the school year outside its terms (寒假, 暑假). NONE when no
 * calendar covers the date.
 *
 * @param term the term the date lies in, null outside terms
 * @param week the teaching week within the term, null outside terms
 * @param dayOff the name of the day off, for a holiday or make-up day within a term
 * @param follows for a make-up day, the weekday whose timetable is taught; null otherwise or when not named
 */
public record TeachingWeek(Kind kind, Term term, Integer week, String dayOff, DayOfWeek follows) {

    public enum Kind { TEACHING, MAKE_UP_DAY, HOLIDAY, NONE }

    static final TeachingWeek NONE = new TeachingWeek(Kind.NONE, null, null, null, null);

    /** The message key that names this day ({0} the week, {1} the name of the day off, {2} the weekday followed). */
    public String messageKey() {
        String key = "classroom.week." + kind.name();
        if (kind == Kind.HOLIDAY && dayOff != null) {
            return key + ".named";
        }
        return kind == Kind.MAKE_UP_DAY && follows != null ? key + ".follows" : key;
    }

    /**
     * The timetable day (1 = Monday … 7 = Sunday) taught on this date: none on a holiday, the weekday followed on a
     * make-up day, else the date's own weekday — a weekend has lessons only where the school's bell schedule
     * teaches that day.
     */
    public Integer timetableDay(LocalDate date) {
        if (kind == Kind.HOLIDAY) {
            return null;
        }
        return (follows != null ? follows : date.getDayOfWeek()).getValue();
    }
}
