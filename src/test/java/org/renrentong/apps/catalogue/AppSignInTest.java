package org.renrentong.apps.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Person;
import org.renrentong.testing.AppFixtures;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * An approved app signs a teacher in with the secret its provider got once, showing its purposes on the consent
 * screen; it gets invalid_scope for a scope it was not approved for; suspended, its tokens stop working at once.
 */
@IntegrationTest
class AppSignInTest {

    @Autowired MockMvc mvc;
    @Autowired AppFixtures appFixtures;
    @Autowired Apps apps;
    @Autowired Approvals approvals;
    @Autowired Fixtures fixtures;

    @Test
    void anApprovedAppSignsInAndStopsAtOnceWhenSuspended() throws Exception {
        AppFixtures.Applied applied = appFixtures.approvedAt("130102");
        ClientCredentials credentials = apps.newSecret(applied.provider(), applied.app().id());
        Person teacher = fixtures.aPerson().teacher().at(fixtures.aSchool().inCounty("130102").build()).build();
        String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();

        String consent = mvc.perform(get(authorize(credentials.clientId(), "openid profile", verifier))
                        .with(signedIn(teacher)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String page = mvc.perform(get(URI.create(consent)).with(signedIn(teacher))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("在作业本上显示老师的姓名", applied.app().providerName());
        String back = mvc.perform(post("/oauth2/authorize").with(signedIn(teacher)).with(csrf())
                        .param("client_id", credentials.clientId()).param("state", param(consent, "state"))
                        .param("scope", "openid").param("scope", "profile"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(back).startsWith(AppFixtures.REDIRECT);
        String tokens = mvc.perform(post("/oauth2/token")
                        .with(httpBasic(credentials.clientId(), credentials.clientSecret()))
                        .param("grant_type", "authorization_code").param("code", param(back, "code"))
                        .param("redirect_uri", AppFixtures.REDIRECT).param("code_verifier", verifier))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String access = JsonPath.read(tokens, "$.access_token");
        String refresh = JsonPath.read(tokens, "$.refresh_token");
        String info = mvc.perform(get("/userinfo").header("Authorization", "Bearer " + access))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(info, "$.name")).isEqualTo(teacher.name());

        approvals.suspend(fixtures.platformAdmin(), applied.app().id());
        mvc.perform(get("/userinfo").header("Authorization", "Bearer " + access))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/oauth2/token").with(httpBasic(credentials.clientId(), credentials.clientSecret()))
                        .param("grant_type", "refresh_token").param("refresh_token", refresh))
                .andExpect(status().isUnauthorized());
        String refused = mvc.perform(get(authorize(credentials.clientId(), "openid", verifier))
                        .with(signedIn(teacher)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).doesNotContain("Exception");

        // reinstated, it signs people in again; what suspension revoked stays revoked
        approvals.reinstate(fixtures.platformAdmin(), applied.app().id());
        mvc.perform(get("/userinfo").header("Authorization", "Bearer " + access))
                .andExpect(status().isUnauthorized());
        mvc.perform(get(authorize(credentials.clientId(), "openid profile", verifier)).with(signedIn(teacher)))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aScopeTheAppWasNotApprovedForIsTheProtocolsInvalidScope() throws Exception {
        AppFixtures.Applied applied = appFixtures.approvedAt("130102");
        Person teacher = fixtures.aPerson().teacher().build();
        String back = mvc.perform(get(authorize(applied.app().clientId(), "openid region", "v".repeat(50)))
                        .with(signedIn(teacher)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(back).startsWith(AppFixtures.REDIRECT).contains("error=invalid_scope");
    }

    @Test
    void onlyTheApprovingAdministratorOrAPlatformAdministratorSuspends() throws Exception {
        AppFixtures.Applied applied = appFixtures.appliedAt("130104");
        var city = fixtures.actor(fixtures.aPerson().regionAdmin("130100").build());
        approvals.approve(city, applied.app().id(), "130104");
        var otherCounty = fixtures.actor(fixtures.aPerson().regionAdmin("130102").build());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> approvals.suspend(otherCounty, applied.app().id()))
                .hasMessage("error.forbidden");
        assertThat(approvals.suspend(city, applied.app().id()).suspended()).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> approvals.reinstate(otherCounty, applied.app().id()))
                .hasMessage("error.forbidden");
        assertThat(approvals.reinstate(city, applied.app().id()).suspended()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> approvals.reinstate(city, applied.app().id()))
                .hasMessage("apps.app.notSuspended");
    }

    private static URI authorize(String clientId, String scope, String verifier) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return UriComponentsBuilder.fromPath("/oauth2/authorize").queryParam("response_type", "code")
                .queryParam("client_id", clientId).queryParam("scope", scope)
                .queryParam("redirect_uri", AppFixtures.REDIRECT).queryParam("state", "st")
                .queryParam("code_challenge", Base64.getUrlEncoder().withoutPadding().encodeToString(digest))
                .queryParam("code_challenge_method", "S256").encode().build().toUri();
    }

    private static String param(String url, String name) {
        String raw = UriComponentsBuilder.fromUriString(url).build().getQueryParams().getFirst(name);
        return raw == null ? null : URLDecoder.decode(raw, StandardCharsets.UTF_8);
    }

    private static RequestPostProcessor signedIn(Person person) {
        List<GrantedAuthority> factors = List.of(FactorGrantedAuthority.withAuthority(
                FactorGrantedAuthority.PASSWORD_AUTHORITY).issuedAt(Instant.now()).build());
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                new User(person.account(), "", factors), null, factors));
    }
}
