package org.renrentong.apps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Person;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.test.web.servlet.MockMvc;

/** An app's sign-in is no way round the checks of the node's own pages. */
@IntegrationTest
class SessionChecksAtSignOnTest {

    private static final String REDIRECT = "https://app.example.cn/callback";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    RegisteredClientRepository clients;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPersonWhoHasNotChangedTheInitialPasswordChangesItBeforeAnyApp() throws Exception {
        Person student = fixtures.aPerson().student().build();
        MockHttpSession session = signIn(student);

        String to = mvc.perform(authorize(app()).session(session)).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();

        assertThat(to).endsWith("/password");
    }

    @Test
    void aSessionWhosePasswordWasChangedElsewhereOpensNoApp() throws Exception {
        Person teacher = fixtures.aPerson().teacher().build();
        fixtures.passwordChanged(teacher);
        MockHttpSession session = signIn(teacher);
        jdbc.sql("UPDATE person SET credential_stamp = credential_stamp + 1 WHERE id = ?").param(teacher.id())
                .update();

        String to = mvc.perform(authorize(app()).session(session)).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();

        assertThat(to).contains("/login?expired").doesNotStartWith(REDIRECT);
        assertThat(session.isInvalid()).isTrue();
    }

    private MockHttpSession signIn(Person person) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin().user(person.account()).password(Fixtures.PASSWORD))
                .andExpect(status().is3xxRedirection()).andReturn().getRequest().getSession(false);
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder authorize(String app) {
        return get("/oauth2/authorize").queryParam("response_type", "code").queryParam("client_id", app)
                .queryParam("scope", "openid").queryParam("redirect_uri", REDIRECT).queryParam("state", "s")
                .queryParam("code_challenge", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")
                .queryParam("code_challenge_method", "S256");
    }

    private String app() {
        String clientId = "checked-app-" + Fixtures.unique();
        clients.save(RegisteredClient.withId(UUID.randomUUID().toString()).clientId(clientId).clientName("口算练习")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE).redirectUri(REDIRECT)
                .scope("openid").build());
        return clientId;
    }
}
