package org.renrentong.apps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Person;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.StatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsent;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What one single sign-on of a person signed in at the node costs the database (authorize → code → tokens →
 * userinfo, the app as a confidential web app with consent given earlier): counted statements, so that a change
 * that adds reads or writes to every sign-in shows here, whatever the load of the machine.
 */
@IntegrationTest
class SignOnStatementsTest {

    private static final String REDIRECT = "https://app.example.cn/callback";
    private static final String SCOPE = "openid profile role organisation region";
    /** The statements of one complete sign-in (33 before they were cut); more is a regression. */
    private static final long MOST_STATEMENTS = 24;

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    RegisteredClientRepository clients;
    @Autowired
    OAuth2AuthorizationConsentService consents;
    @Autowired
    ClientSecrets secrets;

    @Test
    void aSingleSignOnSendsFewStatements() throws Exception {
        String secret = secrets.generate();
        RegisteredClient app = app(secret);
        Person teacher = fixtures.aPerson().teacher().build();
        fixtures.passwordChanged(teacher);
        consents.save(OAuth2AuthorizationConsent.withId(app.getId(), teacher.account()).scope("openid")
                .scope("profile").scope("role").scope("organisation").scope("region").build());
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user(teacher.account())
                .password(Fixtures.PASSWORD)).andExpect(status().is3xxRedirection()).andReturn().getRequest()
                .getSession(false);
        signOn(session, app, secret); // the first one reads what the node then keeps (the app, the keys)

        long[] steps = signOn(session, app, secret);

        System.out.printf("statements per single sign-on: authorize %d, token %d, userinfo %d, total %d%n",
                steps[0], steps[1], steps[2], steps[0] + steps[1] + steps[2]);
        assertThat(steps[0] + steps[1] + steps[2]).isLessThanOrEqualTo(MOST_STATEMENTS);
    }

    /** One sign-in; the statements of its three steps. */
    private long[] signOn(MockHttpSession session, RegisteredClient app, String secret) throws Exception {
        String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
        var authorize = StatementCounter.onThisThread(() -> mvc.perform(get("/oauth2/authorize")
                        .queryParam("response_type", "code").queryParam("client_id", app.getClientId())
                        .queryParam("scope", SCOPE).queryParam("redirect_uri", REDIRECT).queryParam("state", "s")
                        .queryParam("code_challenge", challenge(verifier)).queryParam("code_challenge_method", "S256")
                        .session(session))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
        assertThat(authorize.result()).startsWith(REDIRECT);
        var token = StatementCounter.onThisThread(() -> mvc.perform(post("/oauth2/token")
                        .with(httpBasic(app.getClientId(), secret)).param("grant_type", "authorization_code")
                        .param("code", AppSignIn.param(authorize.result(), "code")).param("redirect_uri", REDIRECT)
                        .param("code_verifier", verifier))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        String accessToken = JsonPath.read(token.result(), "$.access_token");
        var userInfo = StatementCounter.onThisThread(() -> mvc.perform(get("/userinfo")
                        .header("Authorization", "Bearer " + accessToken))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat((String) JsonPath.read(userInfo.result(), "$.role")).isEqualTo("TEACHER");
        return new long[] {authorize.statements(), token.statements(), userInfo.statements()};
    }

    private static String challenge(String verifier) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    private RegisteredClient app(String secret) {
        RegisteredClient app = RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId("counted-app-" + Fixtures.unique()).clientSecret(secrets.encode(secret))
                .clientName("计数应用").clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN).redirectUri(REDIRECT)
                .scopes(s -> s.addAll(List.of(SCOPE.split(" "))))
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(true).requireProofKey(true)
                        .build()).build();
        clients.save(app);
        return app;
    }
}
