package org.renrentong.apps.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.renrentong.apps.AppSignIn;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Logins;
import org.renrentong.identity.Person;
import org.renrentong.org.School;
import org.renrentong.shared.DomainException;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.test.web.servlet.MockMvc;

/** People and sign-ins per app from the tokens issued, per school and region, within the reader's scope; .xlsx. */
@IntegrationTest
class AppUsageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Logins logins;
    @Autowired
    RegisteredClientRepository clients;
    @Autowired
    AppUsage usage;
    @Autowired
    AppUsageExport export;
    @Autowired
    JdbcClient jdbc;

    @Test
    void signInsCountPerAppPlaceAndWindowAndTheExportHoldsThem() throws Exception {
        School schoolA = fixtures.aSchool().inCounty("130102").build();
        School schoolB = fixtures.aSchool().inCounty("130104").build();
        Person a1 = fixtures.aPerson().teacher().at(schoolA).build();
        Person a2 = fixtures.aPerson().teacher().at(schoolA).build();
        Person b1 = fixtures.aPerson().teacher().at(schoolB).build();
        AppSignIn app = AppSignIn.app(mvc, clients, "作业帮手" + Fixtures.unique(), true);
        signIn(app, a1);
        signIn(app, a1);
        signIn(app, a2);
        signIn(app, b1);
        // someone of school A ten days ago (inside 30 days, outside 7) and forty days ago (outside both)
        String clientRegId = clients.findByClientId(app.clientId).getId();
        earlierUse(clientRegId, schoolA, 10, 3);
        earlierUse(clientRegId, schoolA, 40, 5);

        Person schoolAdmin = logins.ready(fixtures.aPerson().schoolAdmin().at(schoolA).build());
        Actor admin = fixtures.actor(schoolAdmin);
        UsageReport atSchool = usage.report(admin, null, null);
        assertThat(atSchool.rows()).containsExactly(new UsageReport.Row(app.clientId, atSchool.rows().get(0).name(),
                2, 3, 6));
        List<Long> daily = atSchool.daily().get(0).signIns();
        assertThat(daily).hasSize(30);
        assertThat(daily.get(29)).isEqualTo(3);
        assertThat(daily.get(19)).isEqualTo(3);
        assertThat(daily.stream().mapToLong(Long::longValue).sum()).isEqualTo(6);

        Actor countyA = fixtures.actor(fixtures.aPerson().regionAdmin("130102").build());
        assertThat(usage.report(countyA, null, null).places()).filteredOn(p -> schoolA.id() == p.schoolId())
                .extracting(UsageReport.Part::appUsers30, UsageReport.Part::signIns30)
                .containsExactly(tuple(3L, 6L));
        Actor countyB = fixtures.actor(fixtures.aPerson().regionAdmin("130104").build());
        assertThat(usage.report(countyB, null, null).rows()).filteredOn(r -> r.clientId().equals(app.clientId))
                .extracting(UsageReport.Row::people30).containsExactly(1L);
        Actor city = fixtures.actor(fixtures.aPerson().regionAdmin("130100").build());
        assertThat(usage.report(city, null, null).rows()).filteredOn(r -> r.clientId().equals(app.clientId))
                .extracting(UsageReport.Row::people30).containsExactly(4L);
        assertThat(usage.report(city, null, null).places()).extracting(UsageReport.Part::regionCode)
                .contains("130102", "130104");
        assertThatThrownBy(() -> usage.report(countyB, "130102", null)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> usage.report(admin, null, schoolB.id())).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> usage.report(fixtures.actor(a1), null, null)).isInstanceOf(DomainException.class);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(admin, atSchool, out, Locale.SIMPLIFIED_CHINESE);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> apps = workbook.getSheets().toList().get(0).read();
            assertThat(apps.get(0).getCellText(0)).isEqualTo("应用");
            assertThat(apps.get(1).getCellText(0)).isEqualTo(atSchool.rows().get(0).name());
            assertThat(apps.get(1).getCellAsNumber(1).orElseThrow().intValue()).isEqualTo(2);
            assertThat(apps.get(1).getCellAsNumber(2).orElseThrow().intValue()).isEqualTo(3);
            assertThat(apps.get(1).getCellAsNumber(3).orElseThrow().intValue()).isEqualTo(6);
            List<Row> days = workbook.getSheets().toList().get(1).read();
            assertThat(days).hasSize(31);
            assertThat(days.get(30).getCellText(0)).isEqualTo(atSchool.days().get(29).toString());
            assertThat(days.get(30).getCellAsNumber(1).orElseThrow().intValue()).isEqualTo(3);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'EXPORT' AND actor_id = ? "
                + "AND target_type = 'app_usage'").param(schoolAdmin.id()).query(Long.class).single()).isEqualTo(1);

        String json = mvc.perform(get("/api/v1/statistics/apps").with(Logins.as(schoolAdmin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<Integer>read(json, "$.rows[0].people30")).isEqualTo(3);
        mvc.perform(get("/statistics/apps.xlsx").with(Logins.as(schoolAdmin))).andExpect(status().isOk());
    }

    private void signIn(AppSignIn app, Person person) throws Exception {
        app.accessToken(app.authorize(person, "openid"));
    }

    private void earlierUse(String clientRegId, School school, int daysAgo, int signIns) {
        jdbc.sql("""
                INSERT INTO app_use (day, registered_client_id, person_hash, region_path, school_id, sign_ins)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(Date.valueOf(LocalDate.now(AppUse.ZONE).minusDays(daysAgo)), clientRegId,
                        "earlier-" + daysAgo, school.regionPath(), school.id(), signIns).update();
    }
}
