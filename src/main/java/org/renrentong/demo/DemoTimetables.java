package org.renrentong.demo;

import java.time.LocalDate;
import java.time.Month;
import org.renrentong.classroom.calendar.CalendarOwner;
import org.renrentong.classroom.calendar.DayOff;
import org.renrentong.classroom.calendar.SchoolCalendars;
import org.renrentong.classroom.calendar.TeachingWeeks;
import org.renrentong.classroom.timetable.Timetables;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Person;
import org.renrentong.org.SchoolClass;

/**
 * The demo county's calendar for the school year under way (set by the county for all its schools), and the
 * timetables of the two demo classes of 第四十二中学 in its current term.
 */
final class DemoTimetables {

    private static final String CHINESE = "13";
    private static final String MATHS = "14";
    private static final String ENGLISH = "41";

    private DemoTimetables() {
    }

    static void write(SchoolCalendars calendars, Timetables timetables, Actor admin, String countyCode,
                      SchoolClass c71, SchoolClass c72, Person chineseTeacher, Person mathsTeacher) {
        LocalDate today = TeachingWeeks.today();
        int startYear = today.getMonthValue() >= Month.AUGUST.getValue() ? today.getYear() : today.getYear() - 1;
        CalendarOwner county = CalendarOwner.region(countyCode);
        long year = calendars.addYear(admin, county, startYear + "—" + (startYear + 1) + "学年",
                LocalDate.of(startYear, 8, 25), LocalDate.of(startYear + 1, 8, 20));
        long autumn = calendars.addTerm(admin, year, "第一学期", LocalDate.of(startYear, 9, 1),
                LocalDate.of(startYear + 1, 1, 20));
        long spring = calendars.addTerm(admin, year, "第二学期", LocalDate.of(startYear + 1, 2, 20),
                LocalDate.of(startYear + 1, 7, 10));
        calendars.addDayOff(admin, autumn, "国庆节", LocalDate.of(startYear, 10, 1), LocalDate.of(startYear, 10, 7),
                DayOff.Kind.HOLIDAY, null);
        calendars.addDayOff(admin, spring, "劳动节", LocalDate.of(startYear + 1, 5, 1), LocalDate.of(startYear + 1, 5, 5),
                DayOff.Kind.HOLIDAY, null);
        long term = today.isBefore(LocalDate.of(startYear + 1, 1, 21)) ? autumn : spring;
        for (int day = 1; day <= 5; day++) {
            timetables.setLesson(admin, c71.id(), term, day, 1, CHINESE, chineseTeacher.id());
            timetables.setLesson(admin, c71.id(), term, day, 2, MATHS, mathsTeacher.id());
            timetables.setLesson(admin, c71.id(), term, day, 3, ENGLISH, null);
            timetables.setLesson(admin, c72.id(), term, day, 1, MATHS, mathsTeacher.id());
            timetables.setLesson(admin, c72.id(), term, day, 2, CHINESE, chineseTeacher.id());
        }
    }
}
