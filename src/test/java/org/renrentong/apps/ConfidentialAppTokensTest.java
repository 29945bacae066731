package org.renrentong.apps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Person;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * An app with a server of its own (a confidential client): refresh tokens, revocation, and the organisation and
 * region claims; two apps see the same person under different subjects; access tokens are references.
 */
@IntegrationTest
class ConfidentialAppTokensTest {

    private static final String REDIRECT = "https://school-app.example.cn/login/callback";
    private static final String VERIFIER = UUID.randomUUID() + "-" + UUID.randomUUID();

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    RegisteredClientRepository clients;
    @Autowired
    ClientSecrets secrets;

    private final Map<String, String> secretOf = new ConcurrentHashMap<>();
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aRefreshTokenGivesNewTokensUntilItIsRevoked() throws Exception {
        Person teacher = fixtures.aPerson().teacher().build();
        String app = app();
        String tokens = tokens(app, teacher, "openid organisation region");
        String refresh = JsonPath.read(tokens, "$.refresh_token");

        String again = mvc.perform(post("/oauth2/token").with(httpBasic(app, secretOf.get(app)))
                        .param("grant_type", "refresh_token").param("refresh_token", refresh))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String access = JsonPath.read(again, "$.access_token");
        String info = mvc.perform(get("/userinfo").header("Authorization", "Bearer " + access))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(info, "$.organisation.type")).isEqualTo("school");
        assertThat((String) JsonPath.read(info, "$.region")).matches("\\d{6}");
        assertThat(jdbc.sql("""
                SELECT action FROM audit_event WHERE principal_kind = 'CLIENT' AND actor_account = ?
                  AND target_type = 'person' AND target_id = ? ORDER BY id""").params(app, String.valueOf(teacher.id()))
                .query(String.class).list()).containsExactly("TOKEN_ISSUED", "TOKEN_ISSUED", "USERINFO_READ");

        mvc.perform(post("/oauth2/revoke").with(httpBasic(app, secretOf.get(app))).param("token", refresh))
                .andExpect(status().isOk());
        mvc.perform(post("/oauth2/token").with(httpBasic(app, secretOf.get(app)))
                        .param("grant_type", "refresh_token").param("refresh_token", refresh))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/oauth2/token").with(httpBasic(app, "wrong"))
                        .param("grant_type", "refresh_token").param("refresh_token", refresh))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aPersonDisabledSinceSignInGetsTheProtocolsErrorNotAServerError() throws Exception {
        Person teacher = fixtures.aPerson().teacher().build();
        String app = app();
        String tokens = tokens(app, teacher, "openid");
        jdbc.sql("UPDATE person SET enabled = false WHERE id = ?").param(teacher.id()).update();

        mvc.perform(get("/userinfo").header("Authorization", "Bearer " + JsonPath.read(tokens, "$.access_token")))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/oauth2/token").with(httpBasic(app, secretOf.get(app))).param("grant_type", "refresh_token")
                        .param("refresh_token", (String) JsonPath.read(tokens, "$.refresh_token")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theAccessTokenIsAReferenceThatUserinfoLooksUpAndTheIdTokenIsSigned() throws Exception {
        Person teacher = fixtures.aPerson().teacher().build();
        String app = app();
        String tokens = tokens(app, teacher, "openid region");
        String access = JsonPath.read(tokens, "$.access_token");
        assertThat(access).doesNotContain(".");
        assertThat(((String) JsonPath.read(tokens, "$.id_token")).split("\\.")).hasSize(3);
        mvc.perform(get("/userinfo").header("Authorization", "Bearer " + access)).andExpect(status().isOk());

        mvc.perform(post("/oauth2/revoke").with(httpBasic(app, secretOf.get(app))).param("token", access))
                .andExpect(status().isOk());
        mvc.perform(get("/userinfo").header("Authorization", "Bearer " + access))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/userinfo").header("Authorization", "Bearer " + access + "x"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void twoAppsKnowTheSamePersonUnderDifferentSubjects() throws Exception {
        Person teacher = fixtures.aPerson().teacher().build();
        String first = JsonPath.read(tokens(app(), teacher, "openid"), "$.id_token");
        String second = JsonPath.read(tokens(app(), teacher, "openid"), "$.id_token");
        assertThat(subject(first)).isNotEqualTo(subject(second)).doesNotContain(teacher.account());
    }

    private String tokens(String app, Person person, String scope) throws Exception {
        URI authorize = UriComponentsBuilder.fromPath("/oauth2/authorize").queryParam("response_type", "code")
                .queryParam("client_id", app).queryParam("scope", scope).queryParam("redirect_uri", REDIRECT)
                .queryParam("state", "s").queryParam("code_challenge", challenge(VERIFIER))
                .queryParam("code_challenge_method", "S256").encode().build().toUri();
        String back = mvc.perform(get(authorize).with(signedIn(person))).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        String code = UriComponentsBuilder.fromUriString(back).build().getQueryParams().getFirst("code");
        return mvc.perform(post("/oauth2/token").with(httpBasic(app, secretOf.get(app)))
                        .param("grant_type", "authorization_code").param("code", code).param("redirect_uri", REDIRECT)
                        .param("code_verifier", VERIFIER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** An app trusted not to ask each time (consent is asked of untrusted ones; see SingleSignOnFlowTest). */
    private String app() {
        String clientId = "school-app-" + Fixtures.unique();
        String secret = secrets.generate();
        secretOf.put(clientId, secret);
        clients.save(RegisteredClient.withId(UUID.randomUUID().toString()).clientId(clientId)
                .clientSecret(secrets.encode(secret)).clientName("校园应用")
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN).redirectUri(REDIRECT)
                .scope("openid").scope("organisation").scope("region")
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build()).build());
        return clientId;
    }

    private static String challenge(String verifier) throws Exception {
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                .digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    private static String subject(String jwt) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]),
                StandardCharsets.UTF_8);
        return JsonPath.read(payload, "$.sub");
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor signedIn(Person person) {
        List<GrantedAuthority> factors = List.of(FactorGrantedAuthority.withAuthority(
                FactorGrantedAuthority.PASSWORD_AUTHORITY).issuedAt(Instant.now()).build());
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                new User(person.account(), "", factors), null, factors));
    }
}
