package org.renrentong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.renrentong.identity.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.renrentong.audit.AuditLog;
import org.renrentong.audit.AuditQuery;
import org.renrentong.org.School;
import org.renrentong.shared.DomainException;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class PasswordResetTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Logins logins;
    @Autowired
    PasswordResets resets;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aSchoolAdministratorGivesANewInitialPasswordThatMustBeChanged() throws Exception {
        School school = fixtures.aSchool().build();
        Person teacher = logins.ready(fixtures.aPerson().teacher().at(school).build());
        Person admin = logins.ready(fixtures.aPerson().schoolAdmin().at(school).build());

        mvc.perform(get("/people/" + teacher.id()).with(as(admin)))
                .andExpect(content().string(containsString("id=\"person-password-reset\"")));
        String initial = (String) mvc.perform(post("/people/" + teacher.id() + "/password-reset").with(as(admin))
                        .with(csrf()))
                .andExpect(redirectedUrl("/people/" + teacher.id()))
                .andReturn().getFlashMap().get("resetPassword");
        assertThat(PasswordPolicy.acceptable(initial)).isTrue();

        // the old password no longer signs in; the new one does, straight to the change form
        mvc.perform(formLogin().user(teacher.account()).password(Fixtures.PASSWORD))
                .andExpect(redirectedUrlPattern("/login?error*"));
        mvc.perform(formLogin().user(teacher.account()).password(initial)).andExpect(redirectedUrl("/password"));
        assertThat(audit.search(new AuditQuery(null, null, admin.account(), "PASSWORD_RESET", null, null, null, 5)))
                .singleElement().satisfies(e -> assertThat(e.targetId()).isEqualTo(String.valueOf(teacher.id())));
    }

    @Test
    void theApiAnswersThePasswordOnceAndUncached() throws Exception {
        Person student = fixtures.aPerson().student().build();
        Person admin = logins.ready(fixtures.aPerson().schoolAdmin().at(schoolOf(student)).build());
        String body = mvc.perform(post("/api/v1/people/" + student.id() + "/password-reset").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(body, "$.initialPassword")).hasSize(12);
    }

    @Test
    void onlyWithinTheAdministratorsWholeScope() throws Exception {
        School school = fixtures.aSchool().build();
        Person admin = logins.ready(fixtures.aPerson().schoolAdmin().at(school).build());
        Person otherTeacher = fixtures.aPerson().teacher().build();
        Person teacher = logins.ready(fixtures.aPerson().teacher().at(school).build());
        Person colleague = fixtures.aPerson().teacher().at(school).build();

        mvc.perform(post("/api/v1/people/" + otherTeacher.id() + "/password-reset").with(as(admin)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/people/" + colleague.id() + "/password-reset").with(as(teacher)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/people/" + admin.id() + "/password-reset").with(as(admin)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/people/999999999/password-reset").with(as(admin)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/people/" + colleague.id()).with(as(teacher)))
                .andExpect(content().string(not(containsString("person-password-reset"))));

        // a guardian whose other child is at another school is reset from above, not by one of the schools
        Person child = fixtures.aPerson().student().in(fixtures.aClass().in(school).build()).build();
        Person otherChild = fixtures.aPerson().student().build();
        Person guardian = fixtures.aPerson().guardianOf(child).build();
        Actor adminActor = fixtures.actor(admin);
        assertThat(resets.mayReset(adminActor, guardian.id())).isTrue();
        jdbc.sql("INSERT INTO guardianship (guardian_id, student_id, relation) VALUES (?, ?, '父亲')")
                .params(guardian.id(), otherChild.id()).update();
        assertThat(resets.mayReset(adminActor, guardian.id())).isFalse();
        assertThat(resets.reset(fixtures.platformAdmin(), guardian.id())).isNotBlank();

        // a region administrator does not reset a peer of the same region, but the one above does
        Actor county = fixtures.actor(fixtures.aPerson().regionAdmin("130102").build());
        Person peer = fixtures.aPerson().regionAdmin("130102").build();
        assertThatThrownBy(() -> resets.reset(county, peer.id())).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));
        Actor city = fixtures.actor(fixtures.aPerson().regionAdmin("130100").build());
        assertThat(resets.reset(city, peer.id())).isNotBlank();
    }

    @Test
    void withoutAnSmsGatewayForgotPasswordSaysToAskTheSchoolAdministrator() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(containsString("href=\"/password/forgot\"")));
        mvc.perform(get("/password/forgot"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"forgot-ask-admin\"")))
                .andExpect(content().string(not(containsString("id=\"forgot-phone\""))));
        mvc.perform(post("/password/forgot").param("phone", "13800000000").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"forgot-ask-admin\"")));
    }

    private static School schoolOf(Person person) {
        return new School(person.schoolId(), null, null, null, null, null, null, null);
    }
}
