package org.renrentong.classroom.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renrentong.shared.DomainException;

/** The rules of a school calendar: what may be set, and which teaching week a date is. */
class CalendarRulesTest {

    private static final LocalDate D = LocalDate.of(2026, 9, 1); // a Tuesday

    private final DayOff national = new DayOff(1, "国庆节", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7),
            DayOff.Kind.HOLIDAY, null);
    // a Saturday taught on Monday's timetable (按周一课表上课)
    private final DayOff makeUp = new DayOff(2, "国庆调休", LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 10),
            DayOff.Kind.WORKDAY, DayOfWeek.MONDAY);
    private final Term autumn = new Term(10, "第一学期", D, LocalDate.of(2027, 1, 22), List.of(national, makeUp));
    private final Term spring = new Term(11, "第二学期", LocalDate.of(2027, 2, 22), LocalDate.of(2027, 7, 9), List.of());
    private final SchoolYear year = new SchoolYear(5, "2026—2027学年", LocalDate.of(2026, 8, 25),
            LocalDate.of(2027, 8, 20), List.of(autumn, spring));

    @Test
    void weeksCountMondayBasedFromTheWeekOfTheFirstDay() {
        assertThat(CalendarRules.weekOf(List.of(year), D)).isEqualTo(teaching(1));
        // the Sunday of the first week is still week 1; the Monday after starts week 2
        assertThat(CalendarRules.weekOf(List.of(year), LocalDate.of(2026, 9, 6)).week()).isEqualTo(1);
        assertThat(CalendarRules.weekOf(List.of(year), LocalDate.of(2026, 9, 7)).week()).isEqualTo(2);
        assertThat(CalendarRules.weekOf(List.of(year), LocalDate.of(2027, 2, 22))).isEqualTo(
                new TeachingWeek(TeachingWeek.Kind.TEACHING, spring, 1, null, null));
        assertThat(autumn.weeks()).isEqualTo(21);
    }

    @Test
    void holidaysWithinATermAndBetweenTermsAreHolidays() {
        assertThat(CalendarRules.weekOf(List.of(year), LocalDate.of(2026, 10, 3)))
                .isEqualTo(new TeachingWeek(TeachingWeek.Kind.HOLIDAY, autumn, 5, "国庆节", null));
        assertThat(CalendarRules.weekOf(List.of(year), LocalDate.of(2026, 10, 10)))
                .isEqualTo(new TeachingWeek(TeachingWeek.Kind.MAKE_UP_DAY, autumn, 6, "国庆调休", DayOfWeek.MONDAY));
        // 寒假: within the school year, between its terms
        TeachingWeek winter = CalendarRules.weekOf(List.of(year), LocalDate.of(2027, 2, 1));
        assertThat(winter.kind()).isEqualTo(TeachingWeek.Kind.HOLIDAY);
        assertThat(winter.week()).isNull();
        assertThat(CalendarRules.weekOf(List.of(year), LocalDate.of(2028, 1, 1))).isEqualTo(TeachingWeek.NONE);
        assertThat(CalendarRules.weekOf(List.of(), D)).isEqualTo(TeachingWeek.NONE);
    }

    @Test
    void aSpanNeedsANameAndItsDaysInOrder() {
        assertThat(CalendarRules.checkSpan(" 第一学期 ", D, D)).isEqualTo("第一学期");
        refused(() -> CalendarRules.checkSpan(" ", D, D), "classroom.calendar.name.required");
        refused(() -> CalendarRules.checkSpan("学期", D, null), "classroom.calendar.days.required");
        refused(() -> CalendarRules.checkSpan("学期", D, D.minusDays(1)), "classroom.calendar.days.order");
        refused(() -> CalendarRules.checkSpan("学期", D, D.plusYears(2)), "classroom.calendar.days.tooLong");
        refused(() -> CalendarRules.checkSpan("学".repeat(33), D, D), "classroom.calendar.name.tooLong");
    }

    @Test
    void termsLieWithinTheirYearAndDoNotOverlap() {
        CalendarRules.checkTerm(year, LocalDate.of(2027, 7, 20), LocalDate.of(2027, 8, 10), List.of(year));
        refused(() -> CalendarRules.checkTerm(year, LocalDate.of(2027, 7, 1), LocalDate.of(2027, 7, 20),
                List.of(year)), "classroom.calendar.term.overlaps");
        refused(() -> CalendarRules.checkTerm(year, LocalDate.of(2027, 8, 1), LocalDate.of(2027, 9, 1),
                List.of(year)), "classroom.calendar.term.outsideYear");
        refused(() -> CalendarRules.checkYear(LocalDate.of(2027, 8, 20), LocalDate.of(2028, 8, 1), List.of(year)),
                "classroom.calendar.year.overlaps");
        CalendarRules.checkYear(LocalDate.of(2027, 8, 21), LocalDate.of(2028, 8, 1), List.of(year));
    }

    @Test
    void daysOffLieWithinTheirTermAndAMakeUpDayIsOneWeekendDay() {
        CalendarRules.checkDayOff(autumn, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1), DayOff.Kind.HOLIDAY,
                null);
        refused(() -> CalendarRules.checkDayOff(autumn, LocalDate.of(2027, 1, 20), LocalDate.of(2027, 2, 10),
                DayOff.Kind.HOLIDAY, null), "classroom.calendar.dayOff.outsideTerm");
        refused(() -> CalendarRules.checkDayOff(autumn, LocalDate.of(2026, 10, 7), LocalDate.of(2026, 10, 8),
                DayOff.Kind.HOLIDAY, null), "classroom.calendar.dayOff.overlaps");
        refused(() -> CalendarRules.checkDayOff(autumn, LocalDate.of(2026, 9, 16), LocalDate.of(2026, 9, 16),
                DayOff.Kind.WORKDAY, DayOfWeek.MONDAY), "classroom.calendar.dayOff.workday");
        refused(() -> CalendarRules.checkDayOff(autumn, D, D, null, null), "classroom.calendar.dayOff.kind");
    }

    @Test
    void aMakeUpDayNamesAWeekdayFromMondayToFridayAndAHolidayNone() {
        LocalDate saturday = LocalDate.of(2026, 9, 19);
        CalendarRules.checkDayOff(autumn, saturday, saturday, DayOff.Kind.WORKDAY, DayOfWeek.FRIDAY);
        refused(() -> CalendarRules.checkDayOff(autumn, saturday, saturday, DayOff.Kind.WORKDAY, null),
                "classroom.calendar.dayOff.follows");
        refused(() -> CalendarRules.checkDayOff(autumn, saturday, saturday, DayOff.Kind.WORKDAY, DayOfWeek.SATURDAY),
                "classroom.calendar.dayOff.follows");
        refused(() -> CalendarRules.checkDayOff(autumn, saturday, saturday, DayOff.Kind.HOLIDAY, DayOfWeek.MONDAY),
                "classroom.calendar.dayOff.followsHoliday");
    }

    @Test
    void aDayIsTaughtOnItsOwnWeekdaysTimetableAMakeUpDayOnTheOneItNamesAHolidayOnNone() {
        assertThat(CalendarRules.weekOf(List.of(year), D).timetableDay(D)).isEqualTo(2);
        LocalDate makeUpDay = LocalDate.of(2026, 10, 10);
        assertThat(CalendarRules.weekOf(List.of(year), makeUpDay).timetableDay(makeUpDay)).isEqualTo(1);
        LocalDate holiday = LocalDate.of(2026, 10, 3);
        assertThat(CalendarRules.weekOf(List.of(year), holiday).timetableDay(holiday)).isNull();
        // a make-up day entered before schools named a weekday follows its own, as it did
        Term old = new Term(12, "旧学期", D, LocalDate.of(2027, 1, 22), List.of(new DayOff(3, "调休",
                makeUpDay, makeUpDay, DayOff.Kind.WORKDAY, null)));
        assertThat(CalendarRules.weekOf(List.of(new SchoolYear(6, "旧学年", D, D.plusDays(300), List.of(old))),
                makeUpDay).timetableDay(makeUpDay)).isEqualTo(6);
    }

    private TeachingWeek teaching(int week) {
        return new TeachingWeek(TeachingWeek.Kind.TEACHING, autumn, week, null, null);
    }

    private static void refused(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
