package org.renrentong.apps.guardian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renrentong.apps.AppSignIn;
import org.renrentong.identity.Logins;
import org.renrentong.identity.Person;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;
import org.renrentong.testing.Deliveries;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A student under 14 cannot consent: the app's request for more than the pseudonymous id waits for a guardian, who
 * refuses (the app gets the id alone, or access_denied), grants (the app gets exactly what was granted), reads the
 * access record and withdraws (the token fails at userinfo).
 */
@IntegrationTest
class GuardianConsentTest {

    /** Ages are counted by the date in China, as the node counts them (after 16:00 UTC it is already tomorrow there). */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Logins logins;
    @Autowired
    RegisteredClientRepository clients;
    @Autowired
    Deliveries deliveries;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aChildsDataWaitsForTheGuardianWhoRefusesGrantsSeesTheRecordAndWithdraws() throws Exception {
        SchoolClass schoolClass = fixtures.aClass().in(fixtures.aSchool().build()).build();
        Person child = logins.ready(fixtures.aPerson().student().in(schoolClass).build());
        Person guardian = logins.ready(fixtures.aPerson().guardianOf(child).build());
        // an app that would not even show adults a consent screen: for a child the guardian's rule still holds
        AppSignIn app = AppSignIn.app(mvc, clients, "口算乐园", false);

        String consent = app.authorize(child, "openid profile");
        assertThat(consent).contains("/oauth2/consent");
        String screen = mvc.perform(get(URI.create(consent)).with(AppSignIn.signedIn(child)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(screen).contains("child-ask", "child-rule").doesNotContain("consent-allow");
        // agreeing oneself (a form made by hand) is no consent
        assertThat(app.answer(child, consent, "openid", "profile")).startsWith(AppSignIn.REDIRECT)
                .contains("error=access_denied");

        consent = app.authorize(child, "openid profile");
        mvc.perform(post("/oauth2/consent/guardian").with(Logins.as(child)).with(csrf())
                        .param("client_id", app.clientId).param("scope", "profile")
                        .param("requested", "openid profile").param("state", AppSignIn.param(consent, "state")))
                .andExpect(status().is3xxRedirection());
        deliveries.awaitAll();
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE person_id = ? AND kind = 'GUARDIAN_CONSENT_ASKED'")
                .param(guardian.id()).query(Long.class).single()).isEqualTo(1);
        String apps = mvc.perform(get("/api/v1/children/{id}/apps", child.id()).with(Logins.as(guardian)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(apps, "$[0].asked")).containsExactly("profile");
        assertThat(JsonPath.<String>read(apps, "$[0].status")).isEqualTo("PENDING");

        mvc.perform(post("/api/v1/children/{id}/apps/{app}/refuse", child.id(), app.clientId)
                .with(Logins.as(guardian)).with(csrf())).andExpect(status().isNoContent());
        consent = app.authorize(child, "openid profile");
        String idOnly = app.accessToken(app.answer(child, consent, "openid"));
        String info = userinfo(idOnly).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(info).contains("\"sub\"").doesNotContain(child.name());
        // an app that does not take the pseudonymous id alone gets nothing
        consent = app.authorize(child, "profile");
        assertThat(app.answer(child, consent)).contains("error=access_denied");

        mvc.perform(post("/api/v1/children/{id}/apps/{app}/grant", child.id(), app.clientId)
                        .with(Logins.as(guardian)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scopes\":[\"profile\"]}"))
                .andExpect(status().isNoContent());
        // what was granted needs no screen; asking for more shows it, and continuing gives exactly the grant
        String back = app.authorize(child, "openid profile");
        assertThat(back).startsWith(AppSignIn.REDIRECT).contains("code=");
        consent = app.authorize(child, "openid profile role");
        assertThat(consent).contains("/oauth2/consent");
        assertThat(mvc.perform(get(URI.create(consent)).with(AppSignIn.signedIn(child))).andReturn().getResponse()
                .getContentAsString()).contains("name=\"scope\" value=\"profile\"");
        assertThat(app.answer(child, consent, "openid", "profile", "role")).contains("error=access_denied");
        consent = app.authorize(child, "openid profile role");
        String granted = app.accessToken(app.answer(child, consent, "openid", "profile"));
        info = userinfo(granted).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(info, "$.name")).isEqualTo(child.name());
        assertThat(info).doesNotContain("\"role\"");

        String access = mvc.perform(get("/api/v1/children/{id}/apps/access", child.id()).param("limit", "2")
                        .with(Logins.as(guardian)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(access, "$.items[*].action"))
                .containsExactly("USERINFO_READ", "TOKEN_ISSUED");
        assertThat(JsonPath.<List<String>>read(access, "$.items[0].scopes")).containsExactly("openid", "profile");
        assertThat(JsonPath.<String>read(access, "$.items[0].app")).isEqualTo("口算乐园");
        assertThat((Object) JsonPath.read(access, "$.nextKey")).isNotNull();
        apps = mvc.perform(get("/api/v1/children/{id}/apps", child.id()).with(Logins.as(guardian)))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(apps, "$[0].released")).containsExactly("openid", "profile");
        assertThat((String) JsonPath.read(apps, "$[0].firstTokenAt")).isNotBlank();

        mvc.perform(post("/api/v1/children/{id}/apps/{app}/refuse", child.id(), app.clientId)
                .with(Logins.as(guardian)).with(csrf())).andExpect(status().isNoContent());
        userinfo(granted).andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'GUARDIAN_CONSENT_WITHDRAWN' "
                + "AND target_id = ?").param(String.valueOf(child.id())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aStudentOf14ByTheIdCardConsentsThemselfAndAStudentWithoutOneIsTakenAsUnder14() throws Exception {
        SchoolClass schoolClass = fixtures.aClass().in(fixtures.aSchool().build()).build();
        Person older = fixtures.aPerson().student().in(schoolClass)
                .idCard(idCard(LocalDate.now(CHINA).minusYears(14).minusDays(1))).build();
        Person younger = fixtures.aPerson().student().in(schoolClass)
                .idCard(idCard(LocalDate.now(CHINA).minusYears(14).plusDays(1))).build();
        Person unknown = fixtures.aPerson().student().in(schoolClass).build();
        AppSignIn app = AppSignIn.app(mvc, clients, "英语角", true);

        assertThat(screen(app, older)).contains("consent-allow").doesNotContain("child-rule");
        assertThat(screen(app, younger)).contains("child-rule");
        assertThat(screen(app, unknown)).contains("child-rule");
        // the pseudonymous id alone needs nobody's consent
        assertThat(app.authorize(unknown, "openid")).startsWith(AppSignIn.REDIRECT).contains("code=");
    }

    @Test
    void onlyTheChildsGuardianSeesOrDecides() throws Exception {
        School school = fixtures.aSchool().build();
        SchoolClass schoolClass = fixtures.aClass().in(school).build();
        Person child = logins.ready(fixtures.aPerson().student().in(schoolClass).build());
        Person other = logins.ready(fixtures.aPerson().student().in(schoolClass).build());
        Person guardian = logins.ready(fixtures.aPerson().guardianOf(child).build());
        Person otherGuardian = logins.ready(fixtures.aPerson().guardianOf(other).build());
        Person teacher = logins.ready(fixtures.aPerson().teacher().teaching(schoolClass).build());
        Person schoolAdmin = logins.ready(fixtures.aPerson().schoolAdmin().at(school).build());
        for (Person stranger : List.of(child, otherGuardian, teacher, schoolAdmin, logins.platformAdmin())) {
            mvc.perform(get("/children/{id}/apps", child.id()).with(Logins.as(stranger)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/children/{id}/apps/access", child.id()).with(Logins.as(stranger)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/children/{id}/apps", child.id()).with(Logins.as(guardian))).andExpect(status().isOk());
    }

    private String screen(AppSignIn app, Person student) throws Exception {
        String consent = app.authorize(student, "openid profile");
        return mvc.perform(get(URI.create(consent)).with(AppSignIn.signedIn(student))).andReturn().getResponse()
                .getContentAsString();
    }

    private org.springframework.test.web.servlet.ResultActions userinfo(String token) throws Exception {
        return mvc.perform(get("/userinfo").header("Authorization", "Bearer " + token));
    }

    /** A valid ID-card number of someone born on that day (a number unique to the test run). */
    static String idCard(LocalDate birth) {
        String body = "110105" + birth.toString().replace("-", "") + String.format("%03d", Fixtures.unique() % 1000);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
