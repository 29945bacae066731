package org.renrentong.classroom.calendar;

/**
 * What a date is at a school: a day of teaching week N of a term, a make-up working day (调休) of week N, or a
 * holiday — a day off within a term (named) or a day of the school year outside its terms (寒假, 暑假). NONE when no
 * calendar covers the date.
 *
 * @param term the term the date lies in, null outside terms
 * @param week the teaching week within the term, null outside terms
 * @param dayOff the name of the day off, for a holiday or make-up day within a term
 */
public record TeachingWeek(Kind kind, Term term, Integer week, String dayOff) {

    public enum Kind { TEACHING, MAKE_UP_DAY, HOLIDAY, NONE }

    static final TeachingWeek NONE = new TeachingWeek(Kind.NONE, null, null, null);

    /** The message key that names this day ({0} the week, {1} the name of the day off). */
    public String messageKey() {
        return "classroom.week." + kind.name() + (kind == Kind.HOLIDAY && dayOff != null ? ".named" : "");
    }
}
