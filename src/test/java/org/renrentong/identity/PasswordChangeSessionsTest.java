package org.renrentong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Changing the password ends the account's other sessions and keeps the one it was changed in. */
@IntegrationTest
class PasswordChangeSessionsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Logins logins;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aChangeOnThePageEndsTheOtherSessions() throws Exception {
        Person teacher = logins.ready(fixtures.aPerson().teacher().build());
        MockHttpSession here = signIn(teacher);
        MockHttpSession elsewhere = signIn(teacher);

        mvc.perform(post("/password").session(here).with(csrf()).param("current", Fixtures.PASSWORD)
                        .param("next", "N3w-Passw0rd").param("confirm", "N3w-Passw0rd"))
                .andExpect(redirectedUrl("/home"));

        mvc.perform(get("/api/v1/me").session(here)).andExpect(jsonPath("$.account").value(teacher.account()));
        mvc.perform(get("/api/v1/me").session(elsewhere)).andExpect(status().isUnauthorized());
        mvc.perform(get("/password").session(signIn(teacher, "N3w-Passw0rd"))).andExpect(status().isOk());
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE actor_id = ? AND action = 'SIGN_OUT'
                AND detail_key = 'audit.detail.SIGN_OUT.passwordChanged'""").param(teacher.id()).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void aRefusedChangeIsShownAboveTheFormAndChangesNothing() throws Exception {
        Person teacher = logins.ready(fixtures.aPerson().teacher().build());
        mvc.perform(post("/password").session(signIn(teacher)).with(csrf()).param("current", Fixtures.PASSWORD)
                        .param("next", "N3w-Passw0rd").param("confirm", "Other-Passw0rd"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("两次输入的新密码不一致。")));
        mvc.perform(post("/password").session(signIn(teacher)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("alert-danger")));
        signIn(teacher);
    }

    @Test
    void aChangeThroughTheApiEndsTheOtherSessionsToo() throws Exception {
        Person teacher = logins.ready(fixtures.aPerson().teacher().build());
        MockHttpSession here = signIn(teacher);
        MockHttpSession elsewhere = signIn(teacher);

        mvc.perform(post("/api/v1/me/password").session(here).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"current\":\"" + Fixtures.PASSWORD + "\",\"next\":\"Api-Passw0rd\"}"))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/me").session(here)).andExpect(status().isOk());
        mvc.perform(get("/password").session(elsewhere)).andExpect(redirectedUrl("/login?expired"));
    }

    private MockHttpSession signIn(Person person) throws Exception {
        return signIn(person, Fixtures.PASSWORD);
    }

    private MockHttpSession signIn(Person person, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin().user(person.account()).password(password))
                .andExpect(redirectedUrl("/home"))
                .andReturn().getRequest().getSession(false);
    }
}
