package org.renrentong.classroom.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.renrentong.identity.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Person;
import org.renrentong.org.School;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.TermBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A make-up working day (调休) names the weekday whose timetable it follows ("按周一课表上课"), over the JSON API and
 * the calendar page; a make-up day without one, or naming a weekend day, is refused with a reason.
 */
@IntegrationTest
class MakeUpDaysTest {

    private static final LocalDate FIRST = LocalDate.of(2036, 9, 1);
    private static final LocalDate SATURDAY = FIRST.with(TemporalAdjusters.next(DayOfWeek.SATURDAY)).plusWeeks(3);

    @Autowired Fixtures fixtures;
    @Autowired TermBuilder terms;
    @Autowired TeachingWeeks weeks;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @AfterEach
    void language() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theApiTakesAMakeUpDayWithTheWeekdayItFollowsAndRefusesOneWithout() throws Exception {
        School school = fixtures.aSchool().build();
        Person admin = admin(school);
        Term term = terms.aTerm().at(school).from(FIRST).build();
        String path = "/api/v1/calendar/terms/" + term.id() + "/days-off";
        String body = "{\"name\":\"国庆调休\",\"firstDay\":\"" + SATURDAY + "\",\"lastDay\":\"" + SATURDAY
                + "\",\"kind\":\"WORKDAY\"%s}";

        mvc.perform(post(path).with(as(admin)).contentType(MediaType.APPLICATION_JSON).content(body.formatted("")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("须指明按周一至周五中哪一天的课表")));
        mvc.perform(post(path).with(as(admin)).contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
                        .content(body.formatted(",\"follows\":\"SATURDAY\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("must name the weekday (Monday to Friday)")));
        mvc.perform(post(path).with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(",\"follows\":\"MONDAY\"").replace("WORKDAY", "HOLIDAY")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("放假日不上课")));
        mvc.perform(post(path).with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(",\"follows\":\"MONDAY\"")))
                .andExpect(status().isCreated());

        assertThat(weeks.timetableDay(school.id(), SATURDAY)).isEqualTo(1);
        assertThat(weeks.timetableDay(school.id(), SATURDAY.plusDays(1))).isEqualTo(7);
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(weeks.label(school.id(), SATURDAY)).isEqualTo("第 4 教学周（国庆调休，按周一课表上课）");
        mvc.perform(get("/api/v1/calendar/schools/{id}", school.id()).with(as(admin)))
                .andExpect(jsonPath("$.years[0].terms[0].daysOff[0].follows").value("MONDAY"));
        mvc.perform(get("/calendar/schools/{id}", school.id()).with(as(admin)))
                .andExpect(content().string(containsString("调休上课（按周一课表）: 国庆调休")));
    }

    @Test
    void theCalendarFormNamesTheWeekdayAndAnOldMakeUpDayAsksForIt() throws Exception {
        School school = fixtures.aSchool().build();
        Person admin = admin(school);
        Term term = terms.aTerm().at(school).from(FIRST).build();
        String path = "/calendar/terms/" + term.id() + "/days-off";

        mvc.perform(post(path).with(as(admin)).with(csrf()).param("name", "调休").param("kind", "WORKDAY")
                        .param("firstDay", SATURDAY.toString()).param("lastDay", SATURDAY.toString())
                        .param("follows", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("调休上课日须指明按周一至周五中哪一天的课表上课")));
        mvc.perform(post(path).with(as(admin)).with(csrf()).param("name", "调休").param("kind", "WORKDAY")
                        .param("firstDay", SATURDAY.toString()).param("lastDay", SATURDAY.toString())
                        .param("follows", "FRIDAY"))
                .andExpect(status().is3xxRedirection());
        assertThat(weeks.timetableDay(school.id(), SATURDAY)).isEqualTo(5);

        // a make-up day of the release before keeps no weekday: it follows its own, and the page asks for one
        jdbc.sql("UPDATE calendar_day_off SET follows = NULL WHERE term_id = ?").param(term.id()).update();
        assertThat(weeks.timetableDay(school.id(), SATURDAY)).isEqualTo(6);
        mvc.perform(get("/calendar/schools/{id}", school.id()).with(as(admin)))
                .andExpect(content().string(containsString("未指明按周几课表")));
    }

    private Person admin(School school) {
        Person admin = fixtures.aPerson().schoolAdmin().at(school).build();
        fixtures.passwordChanged(admin);
        return admin;
    }
}
