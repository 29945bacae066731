package org.renrentong.apps.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Logins;
import org.renrentong.identity.Person;
import org.renrentong.org.SchoolClass;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The names and roles provisioning service: a tool that was launched in a class gets a token with a client assertion
 * signed by its own key and reads the class's members with their roles, by its own ids of them, with names only as
 * a launch carries them; anything else gets the protocol's error.
 */
@IntegrationTest
class NamesAndRolesTest {

    private static final String LAUNCH = "https://tool.example/launch";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Logins logins;
    @Autowired LtiTools tools;

    private SchoolClass schoolClass;
    private Person teacher;
    private RSAKey toolKey;
    private LtiTool tool;

    @BeforeEach
    void world() throws Exception {
        schoolClass = fixtures.aClass().in(fixtures.aSchool().build()).build();
        teacher = logins.ready(fixtures.aPerson().teacher().teaching(schoolClass).named("张老师").build());
        fixtures.aPerson().student().in(schoolClass).named("李小萌").build();
        toolKey = new RSAKeyGenerator(2048).keyID("k1").generate();
        tool = tools.register(fixtures.platformAdmin(), new LtiToolForm("名单工具", "nrps-" + Fixtures.unique(), "d1",
                "https://tool.example/login", LAUNCH, null, null, toolKey.toPublicJWK().toJSONString(), true));
    }

    @Test
    void aLaunchedToolReadsTheClassMembersWithRolesAndOnlyTheNamesItMayHave() throws Exception {
        JWTClaimsSet launch = launch();
        String url = (String) launch.getJSONObjectClaim(LtiClaims.NAMES_ROLES).get("context_memberships_url");
        assertThat(url).isEqualTo("http://localhost/lti/classes/" + schoolClass.id() + "/memberships");

        String token = JsonPath.read(token(assertion(toolKey)).getContentAsString(), "$.access_token");
        MockHttpServletResponse members = mvc.perform(get(url).header("Authorization", "Bearer " + token))
                .andReturn().getResponse();
        assertThat(members.getStatus()).isEqualTo(200);
        assertThat(members.getContentType()).startsWith(Memberships.MEDIA_TYPE);
        String body = members.getContentAsString();
        assertThat((String) JsonPath.read(body, "$.context.id")).isEqualTo(String.valueOf(schoolClass.id()));
        List<Map<String, Object>> list = JsonPath.read(body, "$.members");
        assertThat(list).hasSize(2);
        assertThat(list.get(0)).containsEntry("user_id", launch.getSubject()).containsEntry("name", "张老师")
                .containsEntry("roles", List.of(LtiClaims.INSTRUCTOR));
        // a student under 14 without a guardian's consent: the tool's id of them and the role only
        assertThat(list.get(1)).doesNotContainKey("name").containsEntry("roles", List.of(LtiClaims.LEARNER));
        assertThat(body).doesNotContain("李小萌").doesNotContain(teacher.account());
    }

    @Test
    void wrongCredentialsScopesTokensAndClassesGetTheProtocolsErrors() throws Exception {
        launch();
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("k1").generate();
        MockHttpServletResponse forged = token(assertion(stranger));
        assertThat(forged.getStatus()).isEqualTo(401);
        assertThat(forged.getContentAsString()).contains("invalid_client");
        MockHttpServletResponse noScope = mvc.perform(post("/lti/token").param("grant_type", "client_credentials")
                .param("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                .param("client_assertion", assertion(toolKey)).param("scope", "openid")).andReturn().getResponse();
        assertThat(noScope.getStatus()).isEqualTo(400);
        assertThat(noScope.getContentAsString()).contains("invalid_scope");

        String once = assertion(toolKey);
        String token = JsonPath.read(token(once).getContentAsString(), "$.access_token");
        // an assertion proves the tool once: sent again, it is refused
        MockHttpServletResponse replayed = token(once);
        assertThat(replayed.getStatus()).isEqualTo(401);
        assertThat(replayed.getContentAsString()).contains("invalid_client");
        SchoolClass other = fixtures.aClass().in(fixtures.aSchool().build()).build();
        assertThat(mvc.perform(get("/lti/classes/{id}/memberships", other.id())
                .header("Authorization", "Bearer " + token)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/lti/classes/{id}/memberships", schoolClass.id())
                .header("Authorization", "Bearer not-a-token")).andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(mvc.perform(get("/lti/classes/{id}/memberships", schoolClass.id()))
                .andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    private MockHttpServletResponse token(String assertion) throws Exception {
        return mvc.perform(post("/lti/token").param("grant_type", "client_credentials")
                .param("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                .param("client_assertion", assertion).param("scope", ServiceTokens.NRPS_SCOPE)).andReturn()
                .getResponse();
    }

    private String assertion(RSAKey key) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(tool.clientId()).subject(tool.clientId())
                .audience("http://localhost/lti/token").issueTime(new Date())
                .expirationTime(new Date(System.currentTimeMillis() + 60_000)).jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    /** The teacher launches the tool in the class, which lets the tool read the class's members. */
    private JWTClaimsSet launch() throws Exception {
        MockHttpServletResponse start = mvc.perform(get("/lti/launch").param("tool", String.valueOf(tool.id()))
                .param("class", String.valueOf(schoolClass.id())).with(Logins.as(teacher))).andReturn().getResponse();
        var query = UriComponentsBuilder.fromUriString(start.getRedirectedUrl()).build().getQueryParams();
        String page = mvc.perform(post("/lti/authorize").with(Logins.as(teacher))
                        .param("client_id", tool.clientId()).param("redirect_uri", LAUNCH)
                        .param("response_type", "id_token").param("response_mode", "form_post")
                        .param("scope", "openid").param("nonce", "n").param("state", "s")
                        .param("login_hint", decoded(query.getFirst("login_hint")))
                        .param("lti_message_hint", decoded(query.getFirst("lti_message_hint"))))
                .andReturn().getResponse().getContentAsString();
        return SignedJWT.parse(Jsoup.parse(page).select("input[name=id_token]").val()).getJWTClaimsSet();
    }

    private static String decoded(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
