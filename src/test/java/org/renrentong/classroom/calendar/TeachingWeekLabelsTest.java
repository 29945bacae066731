package org.renrentong.classroom.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.renrentong.org.School;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.StatementCounter;
import org.renrentong.testing.TermBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** A page that labels the dates of many lines reads the school's calendar once, not once per line. */
@IntegrationTest
class TeachingWeekLabelsTest {

    @Autowired Fixtures fixtures;
    @Autowired TermBuilder terms;
    @Autowired TeachingWeeks weeks;

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void oneRequestReadsTheCalendarOfASchoolOnce() throws Exception {
        School school = fixtures.aSchool().build();
        LocalDate first = TeachingWeeks.today().minusWeeks(2);
        terms.aTerm().at(school).from(first).to(first.plusWeeks(18)).build();
        Instant now = Instant.now();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));

        var one = StatementCounter.onThisThread(() -> weeks.labelAt(school.id(), now));
        long more = StatementCounter.onThisThread(() -> {
            for (int day = 1; day <= 20; day++) {
                assertThat(weeks.labelAt(school.id(), now.plus(day, ChronoUnit.DAYS))).isNotNull();
            }
            return null;
        }).statements();

        assertThat(one.result()).contains("3");
        assertThat(one.statements()).isPositive();
        assertThat(more).isZero();
    }
}
