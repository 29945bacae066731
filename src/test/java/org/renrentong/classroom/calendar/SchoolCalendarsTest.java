package org.renrentong.classroom.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.org.School;
import org.renrentong.shared.DomainException;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.TermBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Calendars set by a school for itself or by a county for its schools: who may set them, which one a school
 * follows, and what {@link TeachingWeeks} answers for a date.
 */
@IntegrationTest
class SchoolCalendarsTest {

    /** A county of this test alone: its region calendar reaches no school of other tests. */
    private static final String COUNTY = "130109";

    @Autowired Fixtures fixtures;
    @Autowired TermBuilder terms;
    @Autowired SchoolCalendars calendars;
    @Autowired TeachingWeeks weeks;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void language() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aSchoolAdministratorSetsTheirSchoolsCalendarAndNoOther() {
        School school = fixtures.aSchool().build();
        School other = fixtures.aSchool().build();
        Actor admin = fixtures.actor(fixtures.aPerson().schoolAdmin().at(school).build());
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().teaching(fixtures.aClass().in(school).build())
                .build());
        LocalDate first = LocalDate.of(2030, 9, 2);

        long year = calendars.addYear(admin, CalendarOwner.school(school.id()), "2030—2031学年", first,
                LocalDate.of(2031, 8, 20));
        long term = calendars.addTerm(admin, year, "第一学期", first, LocalDate.of(2031, 1, 17));
        calendars.addDayOff(admin, term, "国庆节", LocalDate.of(2030, 10, 1), LocalDate.of(2030, 10, 7),
                DayOff.Kind.HOLIDAY, null);

        assertThat(weeks.at(school.id(), LocalDate.of(2030, 9, 18)).week()).isEqualTo(3);
        assertThat(weeks.at(school.id(), LocalDate.of(2030, 10, 2)).dayOff()).isEqualTo("国庆节");
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(weeks.label(school.id(), LocalDate.of(2030, 9, 18))).isEqualTo("第 3 教学周");
        assertThat(weeks.label(school.id(), LocalDate.of(2030, 10, 2))).isEqualTo("假期（国庆节）");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'CALENDAR_TERM_ADDED' AND target_id = ?")
                .param(String.valueOf(term)).query(Long.class).single()).isEqualTo(1);

        assertThat(calendars.calendar(teacher, CalendarOwner.school(school.id())).editable()).isFalse();
        forbidden(() -> calendars.addYear(admin, CalendarOwner.school(other.id()), "学年", first, first));
        forbidden(() -> calendars.addTerm(teacher, year, "第二学期", LocalDate.of(2031, 2, 1), LocalDate.of(2031, 6, 1)));
        forbidden(() -> calendars.addYear(admin, CalendarOwner.region(COUNTY), "学年", first, first));
        forbidden(() -> calendars.calendar(fixtures.actor(fixtures.aPerson().schoolAdmin().at(other).build()),
                CalendarOwner.school(school.id())));
    }

    @Test
    void aSchoolFollowsItsCountysCalendarUntilItSetsItsOwn() {
        School school = fixtures.aSchool().inCounty(COUNTY).build();
        Actor county = fixtures.actor(fixtures.aPerson().regionAdmin(COUNTY).build());
        Actor admin = fixtures.actor(fixtures.aPerson().schoolAdmin().at(school).build());
        LocalDate first = LocalDate.of(2032, 9, 1);
        long year = calendars.addYear(county, CalendarOwner.region(COUNTY), "2032—2033学年", first,
                LocalDate.of(2033, 8, 20));
        long countyTerm = calendars.addTerm(county, year, "县第一学期", first, LocalDate.of(2033, 1, 14));

        assertThat(weeks.at(school.id(), first).term().id()).isEqualTo(countyTerm);
        CalendarView seen = calendars.calendar(admin, CalendarOwner.school(school.id()));
        assertThat(seen.years()).isEmpty();
        assertThat(seen.inheritedFrom()).isEqualTo("藁城区");
        assertThat(seen.inherited()).extracting(SchoolYear::id).contains(year);
        assertThat(calendars.calendar(admin, CalendarOwner.region(COUNTY)).editable()).isFalse();

        Term own = terms.aTerm().at(school).named("本校第一学期").from(first.plusDays(6)).build();
        assertThat(weeks.at(school.id(), first.plusDays(7)).term()).isEqualTo(own);
        // before the school's own term, within its own school year: a holiday, whatever the county says
        assertThat(weeks.at(school.id(), first).kind()).isEqualTo(TeachingWeek.Kind.HOLIDAY);
    }

    @Test
    void refusedCalendarsSayWhy() {
        School school = fixtures.aSchool().build();
        Actor platform = fixtures.platformAdmin();
        Term term = terms.aTerm().at(school).from(LocalDate.of(2034, 3, 1)).to(LocalDate.of(2034, 7, 1)).build();
        long year = calendars.calendar(platform, CalendarOwner.school(school.id())).years().get(0).id();

        invalid(() -> calendars.addTerm(platform, year, "重叠", LocalDate.of(2034, 6, 1), LocalDate.of(2034, 7, 5)),
                "classroom.calendar.term.overlaps");
        invalid(() -> calendars.addTerm(platform, year, "倒序", LocalDate.of(2034, 7, 8), LocalDate.of(2034, 7, 5)),
                "classroom.calendar.days.order");
        invalid(() -> calendars.addDayOff(platform, term.id(), "暑假", LocalDate.of(2034, 6, 25),
                LocalDate.of(2034, 8, 1), DayOff.Kind.HOLIDAY, null), "classroom.calendar.dayOff.outsideTerm");
        assertThat(calendars.calendar(platform, CalendarOwner.school(school.id())).years().get(0).terms())
                .containsExactly(term);
    }

    private static void forbidden(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.status().value()).isEqualTo(403));
    }

    private static void invalid(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
