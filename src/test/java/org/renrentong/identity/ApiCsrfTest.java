package org.renrentong.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The API skips the CSRF check only for a request that really signs in with HTTP Basic, never for a session. */
@IntegrationTest
class ApiCsrfTest {

    private static final String WRONG_CURRENT = "{\"current\":\"not-it\",\"next\":\"N3w-Passw0rd\"}";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Logins logins;

    @Test
    void aSessionWithAnyOtherAuthorizationHeaderStillNeedsItsCsrfToken() throws Exception {
        Person teacher = logins.ready(fixtures.aPerson().teacher().build());
        MockHttpSession session = signIn(teacher);
        for (String header : new String[] {"", "garbage", "Bearer abc.def.ghi", "Basic", "Basic !!!not-base64"}) {
            mvc.perform(changePassword(session).header("Authorization", header)).andExpect(status().isForbidden());
        }
        mvc.perform(changePassword(session)).andExpect(status().isForbidden());
        // with its token the same session is let through (and refused for the wrong current password)
        mvc.perform(changePassword(session).with(csrf())).andExpect(status().isBadRequest());
    }

    @Test
    void basicCredentialsNextToASessionAreCheckedThemselves() throws Exception {
        Person teacher = logins.ready(fixtures.aPerson().teacher().build());
        MockHttpSession session = signIn(teacher);
        mvc.perform(changePassword(session).with(httpBasic(teacher.account(), "wrong-password")))
                .andExpect(status().isUnauthorized());
        mvc.perform(changePassword(session).with(httpBasic(teacher.account(), Fixtures.PASSWORD)))
                .andExpect(status().isBadRequest());
    }

    private MockHttpServletRequestBuilder changePassword(MockHttpSession session) {
        return post("/api/v1/me/password").session(session).contentType(MediaType.APPLICATION_JSON)
                .content(WRONG_CURRENT);
    }

    private MockHttpSession signIn(Person person) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin().user(person.account()).password(Fixtures.PASSWORD))
                .andReturn().getRequest().getSession(false);
    }
}
