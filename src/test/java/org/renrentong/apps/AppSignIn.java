package org.renrentong.apps;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.renrentong.identity.Person;
import org.renrentong.testing.Fixtures;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.UriComponentsBuilder;

/** The steps of a public app's sign-in with PKCE, for tests: register the app, authorize, exchange the code. */
public final class AppSignIn {

    public static final String REDIRECT = "https://app.example.cn/callback";

    private final MockMvc mvc;
    public final String clientId;
    public final String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();

    private AppSignIn(MockMvc mvc, String clientId) {
        this.mvc = mvc;
        this.clientId = clientId;
    }

    /** A new public app asking for every scope, with or without the consent screen for people who consent. */
    public static AppSignIn app(MockMvc mvc, RegisteredClientRepository clients, String name, boolean consent) {
        String clientId = "app-" + Fixtures.unique();
        clients.save(RegisteredClient.withId(UUID.randomUUID().toString()).clientId(clientId).clientName(name)
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE).redirectUri(REDIRECT)
                .scope("openid").scope("profile").scope("role").scope("organisation").scope("region")
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(consent)
                        .build())
                .build());
        return new AppSignIn(mvc, clientId);
    }

    /** The authorization request as an app's browser redirect sends it; answers where it leads. */
    public String authorize(Person person, String scope) throws Exception {
        return mvc.perform(get(authorizeUri(scope)).with(signedIn(person))).andReturn().getResponse()
                .getRedirectedUrl();
    }

    /** The node's address of the authorization request (path and query). */
    public URI authorizeUri(String scope) throws Exception {
        return UriComponentsBuilder.fromPath("/oauth2/authorize").queryParam("response_type", "code")
                .queryParam("client_id", clientId).queryParam("scope", scope).queryParam("redirect_uri", REDIRECT)
                .queryParam("state", "app-state").queryParam("code_challenge", challenge(verifier))
                .queryParam("code_challenge_method", "S256").encode().build().toUri();
    }

    /** The answer on the consent screen (the state from its address) with these scopes; answers where it leads. */
    public String answer(Person person, String consentUrl, String... scopes) throws Exception {
        MockHttpServletRequestBuilder answer = post("/oauth2/authorize").with(signedIn(person))
                .param("client_id", clientId).param("state", param(consentUrl, "state"));
        for (String scope : scopes) {
            answer.param("scope", scope);
        }
        return mvc.perform(answer).andReturn().getResponse().getRedirectedUrl();
    }

    /** The code in the app's redirect, exchanged: the access token. */
    public String accessToken(String back) throws Exception {
        String tokens = mvc.perform(post("/oauth2/token").param("grant_type", "authorization_code")
                        .param("code", param(back, "code")).param("redirect_uri", REDIRECT)
                        .param("client_id", clientId).param("code_verifier", verifier))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(tokens, "$.access_token");
    }

    /** Signed in at the node with a password, as the sign-in form leaves a session. */
    public static RequestPostProcessor signedIn(Person person) {
        List<GrantedAuthority> factors = List.of(FactorGrantedAuthority.withAuthority(
                FactorGrantedAuthority.PASSWORD_AUTHORITY).issuedAt(Instant.now()).build());
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                new User(person.account(), "", factors), null, factors));
    }

    public static String param(String url, String name) {
        String raw = UriComponentsBuilder.fromUriString(url).build().getQueryParams().getFirst(name);
        return raw == null ? null : URLDecoder.decode(raw, StandardCharsets.UTF_8);
    }

    private static String challenge(String verifier) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }
}
