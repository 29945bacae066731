package org.renrentong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renrentong.identity.Logins.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.renrentong.org.School;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Failed sign-ins slow down the address that fails, for unknown and existing accounts alike, and no one else. */
@IntegrationTest
class SignInThrottleTest {

    private static final String STRANGER = "198.51.100.7";
    private static final String OWNER = "203.0.113.20";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Logins logins;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aStrangersFailuresDoNotKeepTheOwnerOut() throws Exception {
        Person teacher = logins.ready(fixtures.aPerson().teacher().build());
        failFiveTimes(teacher.account(), STRANGER);
        mvc.perform(signIn(teacher.account(), Fixtures.PASSWORD, STRANGER))
                .andExpect(redirectedUrl("/login?error=locked"));
        mvc.perform(signIn(teacher.account(), Fixtures.PASSWORD, OWNER))
                .andExpect(redirectedUrl("/home"));
        mvc.perform(get("/api/v1/me").with(as(teacher)).with(from(OWNER))).andExpect(status().isOk());
    }

    @Test
    void unknownAndExistingAccountsAnswerAlike() throws Exception {
        Person teacher = logins.ready(fixtures.aPerson().teacher().build());
        String unknown = "nobody-" + Fixtures.unique();
        for (String login : new String[] {teacher.account(), unknown}) {
            for (int i = 1; i <= 4; i++) {
                mvc.perform(signIn(login, "wrong" + i, STRANGER))
                        .andExpect(redirectedUrl("/login?error=bad"));
            }
            mvc.perform(signIn(login, "wrong5", STRANGER))
                    .andExpect(redirectedUrl("/login?error=locked"));
            mvc.perform(signIn(login, "wrong6", STRANGER))
                    .andExpect(redirectedUrl("/login?error=locked"));
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE actor_account = ? AND result = 'DENIED'")
                .param(unknown).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theDelayGrowsWithEachFurtherFailure() throws Exception {
        Person teacher = logins.ready(fixtures.aPerson().teacher().build());
        failFiveTimes(teacher.account(), STRANGER);
        Duration first = remainingBlock(teacher.account());
        jdbc.sql("UPDATE sign_in_throttle SET blocked_until = now() - interval '1 second' WHERE login = ?")
                .param(teacher.account()).update();
        mvc.perform(signIn(teacher.account(), "wrong6", STRANGER))
                .andExpect(redirectedUrl("/login?error=locked"));
        Duration second = remainingBlock(teacher.account());
        assertThat(first).isBetween(Duration.ofSeconds(30), Duration.ofMinutes(1));
        assertThat(second).isBetween(Duration.ofSeconds(90), Duration.ofMinutes(2));
    }

    @Test
    void anAdministratorsUnlockLiftsTheBlockEverywhere() throws Exception {
        School school = fixtures.aSchool().build();
        Person teacher = logins.ready(fixtures.aPerson().teacher().at(school).build());
        Person admin = logins.ready(fixtures.aPerson().schoolAdmin().at(school).build());
        failFiveTimes(teacher.account(), STRANGER);
        mvc.perform(post("/api/v1/people/" + teacher.id() + "/unlock").with(as(admin)))
                .andExpect(status().isNoContent());
        mvc.perform(signIn(teacher.account(), Fixtures.PASSWORD, STRANGER))
                .andExpect(redirectedUrl("/home"));
    }

    private MockHttpServletRequestBuilder signIn(String login, String password, String address) {
        return post("/login").param("username", login).param("password", password).with(csrf()).with(from(address));
    }

    private void failFiveTimes(String login, String address) throws Exception {
        for (int i = 1; i <= 5; i++) {
            mvc.perform(signIn(login, "wrong" + i, address));
        }
    }

    private Duration remainingBlock(String login) {
        double seconds = jdbc.sql("""
                SELECT EXTRACT(EPOCH FROM blocked_until - now()) FROM sign_in_throttle
                WHERE login = ? AND address = ?""").params(login, STRANGER).query(Double.class).single();
        return Duration.ofMillis((long) (seconds * 1000));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
