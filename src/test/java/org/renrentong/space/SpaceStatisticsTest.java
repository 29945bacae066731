package org.renrentong.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Person;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;
import org.renrentong.shared.DomainException;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A school of two classes: in the first three students, one opened today, one opened 40 days ago, one never;
 * in the second two students, one posted today; a teacher who opened today and a school administrator.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpaceStatisticsTest {

    @Autowired SpaceFixtures f;
    @Autowired SpaceStatistics statistics;
    @Autowired SpaceStatisticsExport export;
    @Autowired SpaceHomes homes;
    @Autowired Posts posts;
    @Autowired JdbcClient jdbc;

    private School school;
    private SchoolClass first;
    private Person schoolAdmin;
    private School elsewhere;

    @BeforeAll
    void scenario() {
        Fixtures fx = f.fixtures;
        school = fx.aSchool().inCounty("130102").build();
        first = fx.aClass().in(school).named("1班").build();
        SchoolClass second = fx.aClass().in(school).named("2班").build();
        Person opensToday = fx.aPerson().student().in(first).build();
        Person openedLongAgo = fx.aPerson().student().in(first).build();
        fx.aPerson().student().in(first).build();
        fx.aPerson().student().in(second).build();
        Person poster = fx.aPerson().student().in(second).build();
        Person teacher = fx.aPerson().teacher().teaching(first).build();
        schoolAdmin = fx.aPerson().schoolAdmin().at(school).build();
        elsewhere = fx.aSchool().inCounty("130104").build();
        fx.aPerson().student().in(fx.aClass().in(elsewhere).build()).build();

        homes.home(f.actor(opensToday), f.personal(opensToday));
        homes.home(f.actor(teacher), f.personal(teacher));
        posts.create(f.actor(poster), f.personal(poster), PostKind.POST, "今天的学习", List.of());
        jdbc.sql("UPDATE space SET opened_at = now() - interval '40 days', last_active_at = now() - interval '40 days' "
                + "WHERE id = ?").param(f.personal(openedLongAgo)).update();
    }

    @Test
    void aSchoolAdministratorSeesTheirSchoolByClass() {
        SpaceReport report = statistics.report(f.actor(schoolAdmin), null, null);

        assertThat(report.level()).isEqualTo(SpaceReport.Level.CLASS);
        assertThat(report.rows()).extracting(SpaceReport.Row::name, SpaceReport.Row::people, SpaceReport.Row::opened,
                        SpaceReport.Row::active)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(first.fullName(), 3L, 2L, 1L),
                        org.assertj.core.groups.Tuple.tuple(first.gradeName() + "2班", 2L, 1L, 1L),
                        org.assertj.core.groups.Tuple.tuple(null, 2L, 1L, 1L));
        assertThat(report.total().people()).isEqualTo(7);
        assertThat(report.total().opened()).isEqualTo(4);
        assertThat(report.total().openedRate()).isEqualTo(57.1);
        assertThat(report.total().active()).isEqualTo(3);
        assertThat(report.rows().get(0).spaceId()).isEqualTo(f.space(SpaceKind.CLASS, first.id()));
    }

    @Test
    void aCountyAdministratorSeesTheCountyBySchoolAndNoOtherCounty() {
        Actor county = f.actor(f.fixtures.aPerson().regionAdmin("130102").build());
        SpaceReport report = statistics.report(county, null, null);

        assertThat(report.level()).isEqualTo(SpaceReport.Level.SCHOOL);
        SpaceReport.Row row = report.rows().stream().filter(r -> school.id() == r.schoolId()).findFirst().orElseThrow();
        assertThat(List.of(row.people(), row.opened(), row.active())).containsExactly(7L, 4L, 3L);
        assertThat(report.rows()).noneMatch(r -> elsewhere.id() == r.schoolId());
        assertThat(statistics.report(county, null, school.id()).total().people()).isEqualTo(7);
        assertThatThrownBy(() -> statistics.report(county, "130104", null)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> statistics.report(county, null, elsewhere.id())).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> statistics.report(county, "130100", null)).isInstanceOf(DomainException.class);
    }

    @Test
    void aCityAdministratorSeesCountiesAndThePlatformSeesProvinces() {
        Actor city = f.actor(f.fixtures.aPerson().regionAdmin("130100").build());
        SpaceReport byCounty = statistics.report(city, null, null);
        assertThat(byCounty.level()).isEqualTo(SpaceReport.Level.COUNTY);
        SpaceReport.Row changan = byCounty.rows().stream().filter(r -> "130102".equals(r.regionCode())).findFirst()
                .orElseThrow();
        assertThat(changan.people()).isGreaterThanOrEqualTo(7);
        assertThat(byCounty.rows()).extracting(SpaceReport.Row::regionCode).contains("130104", "130108");
        assertThat(byCounty.crumbs()).extracting(SpaceReport.Crumb::regionCode).containsExactly("130100");

        SpaceReport byProvince = statistics.report(f.fixtures.platformAdmin(), null, null);
        assertThat(byProvince.level()).isEqualTo(SpaceReport.Level.PROVINCE);
        assertThat(byProvince.rows()).extracting(SpaceReport.Row::regionCode).contains("110000", "130000");
        assertThatThrownBy(() -> statistics.report(f.actor(schoolAdmin), "130102", null))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void teachersSeeNoStatistics() {
        Actor teacher = f.actor(f.fixtures.aPerson().teacher().at(elsewhere).build());
        assertThatThrownBy(() -> statistics.report(teacher, null, null)).isInstanceOf(DomainException.class);
    }

    @Test
    void theExportOpensAsASpreadsheetAndIsAudited() throws Exception {
        Actor admin = f.actor(schoolAdmin);
        SpaceReport report = statistics.report(admin, null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        export.write(admin, report, out, Locale.SIMPLIFIED_CHINESE);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(1 + report.rows().size() + 1);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("名称");
            assertThat(rows.get(0).getCellText(1)).isEqualTo("人数");
            assertThat(rows.get(1).getCellText(0)).isEqualTo(first.fullName());
            assertThat(rows.get(1).getCellAsNumber(1).orElseThrow().intValue()).isEqualTo(3);
            assertThat(rows.get(3).getCellText(0)).isEqualTo("教职工（未分班）");
            assertThat(rows.get(4).getCellText(0)).isEqualTo("合计");
            assertThat(rows.get(4).getCellAsNumber(2).orElseThrow().intValue()).isEqualTo(4);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'EXPORT' AND actor_id = ? AND school_id = ?")
                .params(schoolAdmin.id(), school.id()).query(Long.class).single()).isEqualTo(1);
    }
}
