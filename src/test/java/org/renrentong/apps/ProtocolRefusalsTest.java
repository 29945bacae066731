package org.renrentong.apps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renrentong.apps.catalogue.Apps;
import org.renrentong.apps.catalogue.ClientCredentials;
import org.renrentong.identity.Person;
import org.renrentong.testing.AppFixtures;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Each refusal of the sign-on protocol is audited with the client that asked and the protocol's error: a redirect
 * that is not registered, a scope the app was not approved for, a made-up code, a missing PKCE verifier, a forged
 * access token (which names no client and is not written down).
 */
@IntegrationTest
class ProtocolRefusalsTest {

    @Autowired MockMvc mvc;
    @Autowired AppFixtures appFixtures;
    @Autowired Apps apps;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    @Test
    void everyRefusalOfTheProtocolIsAudited() throws Exception {
        AppFixtures.Applied applied = appFixtures.approvedAt("130102");
        ClientCredentials app = apps.newSecret(applied.provider(), applied.app().id());
        Person teacher = fixtures.aPerson().teacher().build();

        mvc.perform(get(authorize(app.clientId(), "openid", "https://evil.example.com/cb")).with(signedIn(teacher)))
                .andExpect(status().isBadRequest());
        assertThat(refusals(app.clientId())).anyMatch(d -> d.contains("invalid_request") && d.contains("redirect_uri"));

        mvc.perform(get(authorize(app.clientId(), "openid region", AppFixtures.REDIRECT)).with(signedIn(teacher)))
                .andExpect(status().is3xxRedirection());
        assertThat(refusals(app.clientId())).anyMatch(d -> d.contains("invalid_scope"));

        mvc.perform(post("/oauth2/token").with(httpBasic(app.clientId(), app.clientSecret()))
                        .param("grant_type", "authorization_code").param("code", "made-up")
                        .param("redirect_uri", AppFixtures.REDIRECT).param("code_verifier", "v".repeat(50)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/oauth2/token").with(httpBasic(app.clientId(), "wrong-secret"))
                        .param("grant_type", "authorization_code").param("code", "made-up")
                        .param("redirect_uri", AppFixtures.REDIRECT))
                .andExpect(status().isUnauthorized());
        assertThat(refusals(app.clientId())).filteredOn(d -> d.contains("invalid_grant")).isNotEmpty();
        assertThat(refusals(app.clientId())).filteredOn(d -> d.contains("invalid_client")).isNotEmpty();

        String forged = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl";
        mvc.perform(get("/userinfo").header("Authorization", "Bearer " + forged)).andExpect(status().isUnauthorized());
        List<String> anonymous = jdbc.sql("""
                SELECT detail_args FROM audit_event
                WHERE action = 'OIDC_REFUSED' AND actor_account IS NULL AND principal_kind = 'CLIENT'""")
                .query(String.class).list();
        assertThat(anonymous).anyMatch(d -> d.contains("invalid_token")).noneMatch(d -> d.contains(forged));
    }

    private List<String> refusals(String clientId) {
        return jdbc.sql("""
                SELECT detail_args FROM audit_event
                WHERE action = 'OIDC_REFUSED' AND actor_account = ? AND result = 'DENIED'""")
                .param(clientId).query(String.class).list();
    }

    private static URI authorize(String clientId, String scope, String redirect) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest("v".repeat(50).getBytes(StandardCharsets.US_ASCII));
        return UriComponentsBuilder.fromPath("/oauth2/authorize").queryParam("response_type", "code")
                .queryParam("client_id", clientId).queryParam("scope", scope).queryParam("redirect_uri", redirect)
                .queryParam("state", "st")
                .queryParam("code_challenge", Base64.getUrlEncoder().withoutPadding().encodeToString(digest))
                .queryParam("code_challenge_method", "S256").encode().build().toUri();
    }

    private static RequestPostProcessor signedIn(Person person) {
        List<GrantedAuthority> factors = List.of(FactorGrantedAuthority.withAuthority(
                FactorGrantedAuthority.PASSWORD_AUTHORITY).issuedAt(Instant.now()).build());
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                new User(person.account(), "", factors), null, factors));
    }
}
