package org.renrentong.classroom.closure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renrentong.classroom.calendar.TeachingWeeks;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Person;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;
import org.renrentong.region.Region;
import org.renrentong.region.RegionData;
import org.renrentong.shared.DomainException;
import org.renrentong.testing.ClosureBuilder;
import org.renrentong.testing.Deliveries;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Switching schools and regions into a closure, ending it early, and who may do which. */
@IntegrationTest
class ClosuresTest {

    @Autowired Fixtures fixtures;
    @Autowired Closures closures;
    @Autowired ClosureBuilder builder;
    @Autowired RegionData regionData;
    @Autowired Deliveries deliveries;
    @Autowired JdbcClient jdbc;

    private final LocalDate today = TeachingWeeks.today();

    @Test
    void aCountyAdministratorSwitchesASchoolAndItsPeopleAreToldAndItIsAudited() {
        Region county = regionData.newCounty(fixtures.platformAdmin(), "130100");
        School school = fixtures.aSchool().inCounty(county.code()).build();
        SchoolClass c = fixtures.aClass().in(school).build();
        Person teacher = fixtures.aPerson().teacher().teaching(c).build();
        Person student = fixtures.aPerson().student().in(c).build();
        Person guardian = fixtures.aPerson().guardianOf(student).build();
        Person elsewhere = fixtures.aPerson().student().in(fixtures.aClass().in(fixtures.aSchool().build()).build())
                .build();
        Actor admin = fixtures.actor(fixtures.aPerson().regionAdmin(county.code()).build());

        Closure closure = closures.switchOn(admin, null, school.id(), today, today.plusDays(6), "  暴雪  ");

        assertThat(closure.placeName()).isEqualTo(school.name());
        assertThat(closure.reason()).isEqualTo("暴雪");
        assertThat(closure.covers(today.plusDays(6))).isTrue();
        deliveries.awaitAll();
        assertThat(notified(List.of(teacher, student, guardian), "notification.closure.started")).isEqualTo(3);
        assertThat(notified(List.of(elsewhere), "notification.closure.started")).isZero();
        assertThat(audited("CLOSURE_STARTED", closure.id())).isEqualTo(1);

        Closure ended = closures.end(admin, closure.id());
        assertThat(ended.lastDayInEffect()).isEqualTo(today);
        assertThat(ended.days()).containsExactly(today);
        deliveries.awaitAll();
        assertThat(notified(List.of(teacher, student, guardian), "notification.closure.ended")).isEqualTo(3);
        assertThat(audited("CLOSURE_ENDED", closure.id())).isEqualTo(1);
        assertRefused(() -> closures.end(admin, closure.id()), "closure.end.over");
    }

    @Test
    void anOverlappingClosureOfTheSamePlaceIsRefusedAndNothingIsWritten() {
        School school = fixtures.aSchool().build();
        builder.aClosure().of(school).from(today.plusDays(2)).to(today.plusDays(8)).build();
        Actor admin = fixtures.actor(fixtures.aPerson().schoolAdmin().at(school).build());
        long before = count();

        assertRefused(() -> closures.switchOn(admin, null, school.id(), today, today.plusDays(2), "疫情"),
                "closure.overlap");
        assertRefused(() -> closures.switchOn(admin, null, school.id(), today.plusDays(8), today.plusDays(9), "疫情"),
                "closure.overlap");
        assertThat(count()).isEqualTo(before);

        // the days just before and after are free
        closures.switchOn(admin, null, school.id(), today, today.plusDays(1), "疫情");
        closures.switchOn(admin, null, school.id(), today.plusDays(9), today.plusDays(10), "疫情");
        assertThat(count()).isEqualTo(before + 2);
    }

    @Test
    void badDaysAndReasonsAreRefusedWithTheirMessage() {
        School school = fixtures.aSchool().build();
        Actor admin = fixtures.actor(fixtures.aPerson().schoolAdmin().at(school).build());
        assertRefused(() -> closures.switchOn(admin, null, school.id(), today, today, " "), "closure.reason.required");
        assertRefused(() -> closures.switchOn(admin, null, school.id(), today, today.minusDays(1), "雪"),
                "closure.days.order");
        assertRefused(() -> closures.switchOn(admin, null, school.id(), today.minusDays(3), today.minusDays(1), "雪"),
                "closure.days.past");
        assertRefused(() -> closures.switchOn(admin, null, school.id(), null, today, "雪"), "closure.days.required");
        assertRefused(() -> closures.switchOn(admin, null, null, today, today, "雪"), "closure.place.required");
    }

    @Test
    void eachAdministratorSwitchesOnlyWithinTheirRegionOrSchool() {
        Region county = regionData.newCounty(fixtures.platformAdmin(), "130100");
        School school = fixtures.aSchool().inCounty(county.code()).build();
        School other = fixtures.aSchool().inCounty(county.code()).build();
        Actor schoolAdmin = fixtures.actor(fixtures.aPerson().schoolAdmin().at(school).build());
        Actor otherCounty = fixtures.actor(fixtures.aPerson().regionAdmin("130104").build());
        Actor city = fixtures.actor(fixtures.aPerson().regionAdmin("130100").build());
        Actor teacher = fixtures.actor(fixtures.aPerson().teacher().at(school).build());

        forbidden(() -> closures.switchOn(schoolAdmin, null, other.id(), today, today, "雪"));
        forbidden(() -> closures.switchOn(schoolAdmin, county.code(), null, today, today, "雪"));
        forbidden(() -> closures.switchOn(otherCounty, null, school.id(), today, today, "雪"));
        forbidden(() -> closures.switchOn(otherCounty, county.code(), null, today, today, "雪"));
        forbidden(() -> closures.switchOn(teacher, null, school.id(), today, today, "雪"));

        Closure region = closures.switchOn(city, county.code(), null, today, today, "雪");
        // the school's administrator sees the county's closure that covers their school, but may not end it
        assertThat(closures.list(schoolAdmin, Long.MAX_VALUE, 10)).extracting(Closure::id).contains(region.id());
        assertThat(closures.visible(schoolAdmin, region.id()).id()).isEqualTo(region.id());
        forbidden(() -> closures.end(schoolAdmin, region.id()));
        forbidden(() -> closures.visible(otherCounty, region.id()));
        assertThat(closures.list(otherCounty, Long.MAX_VALUE, 10)).extracting(Closure::id)
                .doesNotContain(region.id());
    }

    private long notified(List<Person> people, String messageKey) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE person_id IN (:ids) AND message_key = :key")
                .param("ids", people.stream().map(Person::id).toList()).param("key", messageKey)
                .query(Long.class).single();
    }

    private long audited(String action, long closureId) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = ? AND target_id = ?")
                .params(action, String.valueOf(closureId)).query(Long.class).single();
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM closure").query(Long.class).single();
    }

    static void forbidden(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.status().value()).isEqualTo(403));
    }

    static void assertRefused(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
