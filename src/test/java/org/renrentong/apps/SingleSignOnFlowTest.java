package org.renrentong.apps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.UriComponentsBuilder;

/** A public app signs a teacher in: authorize with PKCE, consent, code for tokens, userinfo by scope. */
@IntegrationTest
class SingleSignOnFlowTest {

    private static final String REDIRECT = "https://app.example.cn/callback";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    RegisteredClientRepository clients;

    @Test
    void aTeacherSignsInToAnAppWithPkceAndTheAppReadsOnlyWhatWasGranted() throws Exception {
        Person teacher = fixtures.aPerson().teacher().build();
        String clientId = app();
        String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();

        MvcResult asked = mvc.perform(authorize(clientId, verifier, "openid profile role", REDIRECT).with(signedIn(teacher)))
                .andExpect(status().is3xxRedirection()).andReturn();
        String consent = asked.getResponse().getRedirectedUrl();
        assertThat(consent).contains(ConsentController.PATH);
        String state = param(consent, "state");
        mvc.perform(get(URI.create(consent)).with(signedIn(teacher)))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("scope-profile", "scope-role"));

        MvcResult agreed = mvc.perform(post("/oauth2/authorize").with(signedIn(teacher))
                        .param("client_id", clientId).param("state", state)
                        .param("scope", "openid").param("scope", "profile"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String back = agreed.getResponse().getRedirectedUrl();
        assertThat(back).startsWith(REDIRECT).contains("state=app-state");
        String code = param(back, "code");

        String tokens = mvc.perform(post("/oauth2/token").param("grant_type", "authorization_code")
                        .param("code", code).param("redirect_uri", REDIRECT).param("client_id", clientId)
                        .param("code_verifier", verifier))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String accessToken = JsonPath.read(tokens, "$.access_token");
        assertThat((String) JsonPath.read(tokens, "$.id_token")).isNotBlank();

        String info = mvc.perform(get("/userinfo").header("Authorization", "Bearer " + accessToken))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(info, "$.name")).isEqualTo(teacher.name());
        assertThat(info).doesNotContain("\"role\"").doesNotContain(teacher.account());

        mvc.perform(post("/oauth2/token").param("grant_type", "authorization_code").param("code", code)
                        .param("redirect_uri", REDIRECT).param("client_id", clientId).param("code_verifier", verifier))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aWrongVerifierOrAnUnregisteredRedirectIsRefused() throws Exception {
        Person teacher = fixtures.aPerson().teacher().build();
        String clientId = app();
        String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
        mvc.perform(authorize(clientId, verifier, "openid", "https://evil.example/cb")
                        .with(signedIn(teacher)))
                .andExpect(status().isBadRequest());

        // the pseudonymous id alone needs no consent: straight back to the app with a code
        String back = mvc.perform(authorize(clientId, verifier, "openid", REDIRECT).with(signedIn(teacher)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(back).startsWith(REDIRECT);
        mvc.perform(post("/oauth2/token").param("grant_type", "authorization_code").param("code", param(back, "code"))
                        .param("redirect_uri", REDIRECT).param("client_id", clientId)
                        .param("code_verifier", verifier + "x"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void discoveryAndTheKeysArePublished() throws Exception {
        String discovery = mvc.perform(get("/.well-known/openid-configuration")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(discovery).contains("\"userinfo_endpoint\"", "\"end_session_endpoint\"", "S256");
        String keys = mvc.perform(get("/oauth2/jwks")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat((String) JsonPath.read(keys, "$.keys[0].kty")).isEqualTo("RSA");
        assertThat(keys).doesNotContain("\"d\"");
    }

    /** The authorization request as an app's browser redirect sends it: all in the query string. */
    private MockHttpServletRequestBuilder authorize(String clientId, String verifier, String scope, String redirect)
            throws Exception {
        URI uri = UriComponentsBuilder.fromPath("/oauth2/authorize").queryParam("response_type", "code")
                .queryParam("client_id", clientId).queryParam("scope", scope).queryParam("redirect_uri", redirect)
                .queryParam("state", "app-state").queryParam("code_challenge", challenge(verifier))
                .queryParam("code_challenge_method", "S256").encode().build().toUri();
        return get(uri);
    }

    private String app() {
        String clientId = "app-" + Fixtures.unique();
        clients.save(RegisteredClient.withId(UUID.randomUUID().toString()).clientId(clientId).clientName("数学乐园")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE).redirectUri(REDIRECT)
                .scope("openid").scope("profile").scope("role").scope("organisation").scope("region")
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(true)
                        .build())
                .build());
        return clientId;
    }

    /** Signed in at the node with a password, as the sign-in form leaves a session. */
    private static RequestPostProcessor signedIn(Person person) {
        List<GrantedAuthority> factors = List.of(FactorGrantedAuthority.withAuthority(
                FactorGrantedAuthority.PASSWORD_AUTHORITY).issuedAt(Instant.now()).build());
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                new User(person.account(), "", factors), null, factors));
    }

    private static String challenge(String verifier) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    private static String param(String url, String name) {
        String raw = UriComponentsBuilder.fromUriString(url).build().getQueryParams().getFirst(name);
        return raw == null ? null : java.net.URLDecoder.decode(raw, StandardCharsets.UTF_8);
    }
}
