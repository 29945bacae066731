package org.renrentong.identity;

import static org.renrentong.identity.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.renrentong.org.School;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class SignInTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Logins logins;
    @Autowired
    RoleGrants grants;
    @Autowired
    JdbcClient jdbc;

    @Test
    void fiveFailedSignInsLockTheAccountUntilAnAdministratorUnlocksIt() throws Exception {
        School school = fixtures.aSchool().build();
        Person teacher = logins.ready(fixtures.aPerson().teacher().at(school).build());
        Person admin = logins.ready(fixtures.aPerson().schoolAdmin().at(school).build());
        for (int i = 1; i <= 4; i++) {
            mvc.perform(formLogin().user(teacher.account()).password("wrong" + i))
                    .andExpect(redirectedUrl("/login?error=bad"));
        }
        mvc.perform(formLogin().user(teacher.account()).password("wrong5"))
                .andExpect(redirectedUrl("/login?error=locked"));
        mvc.perform(formLogin().user(teacher.account()).password(Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?error=locked"));
        mvc.perform(get("/people").param("school", String.valueOf(school.id())).with(as(admin)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("已锁定")));

        mvc.perform(post("/people/" + teacher.id() + "/unlock").with(as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/people/" + teacher.id()));
        mvc.perform(formLogin().user(teacher.account()).password(Fixtures.PASSWORD)).andExpect(redirectedUrl("/home"));
        mvc.perform(get("/api/v1/audit").param("action", "ACCOUNT_UNLOCKED").with(as(admin)))
                .andExpect(jsonPath("$.items[0].targetId").value(String.valueOf(teacher.id())));
    }

    @Test
    void httpBasicFailuresCountTowardsTheSameLockout() throws Exception {
        School school = fixtures.aSchool().build();
        Person teacher = logins.ready(fixtures.aPerson().teacher().at(school).build());
        Person admin = logins.ready(fixtures.aPerson().schoolAdmin().at(school).build());
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(teacher.account(), "wrong"))).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/me").with(as(teacher))).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/people/" + teacher.id() + "/unlock").with(as(admin)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").with(as(teacher))).andExpect(jsonPath("$.account").value(teacher.account()));
    }

    @Test
    void anInitialPasswordMustBeChangedBeforeAnythingElse() throws Exception {
        Person teacher = fixtures.aPerson().teacher().build();
        MockHttpSession session = signIn(teacher.account(), "/password");
        mvc.perform(get("/schools/" + teacher.schoolId()).session(session)).andExpect(redirectedUrl("/password"));
        mvc.perform(get("/api/v1/me").with(as(teacher)).header("Accept-Language", "en"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("This account still")));

        mvc.perform(post("/password").session(session).with(csrf()).param("current", Fixtures.PASSWORD)
                        .param("next", "short").param("confirm", "short"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("密码太弱")));
        mvc.perform(post("/password").session(session).with(csrf()).param("current", Fixtures.PASSWORD)
                        .param("next", "N3w-Passw0rd").param("confirm", "N3w-Passw0rd"))
                .andExpect(redirectedUrl("/home"));
        mvc.perform(get("/schools/" + teacher.schoolId()).session(session)).andExpect(status().isOk());
    }

    @Test
    void anApiClientChangesItsInitialPasswordItself() throws Exception {
        Person teacher = fixtures.aPerson().teacher().build();
        mvc.perform(post("/api/v1/me/password").with(as(teacher)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"current\":\"" + Fixtures.PASSWORD + "\",\"next\":\"Api-Passw0rd\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").with(httpBasic(teacher.account(), "Api-Passw0rd")))
                .andExpect(status().isOk());
    }

    @Test
    void onePersonSwitchesBetweenTheirRoles() throws Exception {
        School school = fixtures.aSchool().build();
        Person teacher = logins.ready(fixtures.aPerson().teacher().at(school).build());
        var held = grants.grant(fixtures.platformAdmin(), teacher.id(),
                new NewGrant(Role.SCHOOL_ADMIN, school.id(), null, null, null));
        long adminGrant = held.get(1).id();
        MockHttpSession session = signIn(teacher.account(), "/home");

        mvc.perform(get("/api/v1/me").session(session)).andExpect(jsonPath("$.role").value("TEACHER"))
                .andExpect(jsonPath("$.grants.length()").value(2));
        mvc.perform(get("/people").param("school", String.valueOf(school.id())).session(session))
                .andExpect(status().isForbidden());
        mvc.perform(post("/role").session(session).with(csrf()).param("grantId", String.valueOf(adminGrant)))
                .andExpect(redirectedUrl("/home"));
        mvc.perform(get("/api/v1/me").session(session)).andExpect(jsonPath("$.role").value("SCHOOL_ADMIN"))
                .andExpect(jsonPath("$.grantId").value(adminGrant));
        mvc.perform(get("/people").param("school", String.valueOf(school.id())).session(session))
                .andExpect(status().isOk());

        long someoneElsesGrant = jdbc.sql("SELECT id FROM role_grant WHERE person_id <> ? ORDER BY id LIMIT 1")
                .param(teacher.id()).query(Long.class).single();
        mvc.perform(post("/role").session(session).with(csrf()).param("grantId", String.valueOf(someoneElsesGrant)))
                .andExpect(status().isForbidden());
    }

    private MockHttpSession signIn(String account, String expectedRedirect) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin().user(account).password(Fixtures.PASSWORD))
                .andExpect(redirectedUrl(expectedRedirect))
                .andReturn().getRequest().getSession(false);
    }
}
