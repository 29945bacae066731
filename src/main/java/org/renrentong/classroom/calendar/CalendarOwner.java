package org.renrentong.classroom.calendar;

/** Whose calendar: one school's, or a region's for all of its schools. Exactly one of the two is set. */
public record CalendarOwner(Long schoolId, String regionCode) {

    public static CalendarOwner school(long schoolId) {
        return new CalendarOwner(schoolId, null);
    }

    public static CalendarOwner region(String regionCode) {
        return new CalendarOwner(null, regionCode);
    }

    public boolean isSchool() {
        return schoolId != null;
    }
}
