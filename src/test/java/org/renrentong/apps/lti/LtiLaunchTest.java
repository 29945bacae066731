package org.renrentong.apps.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actors;
import org.renrentong.identity.Logins;
import org.renrentong.identity.Person;
import org.renrentong.org.SchoolClass;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The node's side of an LTI 1.3 launch over HTTP: the login initiation it starts, the signed {@code id_token} it
 * posts (checked here against the node's published JWK set), and every refusal: an unknown tool, an unregistered
 * redirect, someone else signed in, a person outside the class, a visitor.
 */
@IntegrationTest
class LtiLaunchTest {

    private static final String LAUNCH = "https://tool.example/launch";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Logins logins;
    @Autowired LtiTools tools;
    @Autowired JdbcClient jdbc;
    @Autowired LtiLaunches launches;
    @Autowired Actors actors;

    private SchoolClass schoolClass;
    private Person teacher;
    private Person student;
    private LtiTool tool;

    @BeforeEach
    void world() {
        schoolClass = fixtures.aClass().in(fixtures.aSchool().build()).build();
        teacher = logins.ready(fixtures.aPerson().teacher().teaching(schoolClass).named("张老师").build());
        student = logins.ready(fixtures.aPerson().student().in(schoolClass).named("李小萌").build());
        tool = tools.register(fixtures.platformAdmin(), new LtiToolForm("画板", "tool-" + Fixtures.unique(), "d1",
                "https://tool.example/login", LAUNCH, null, "https://tool.example/keys", null, true));
    }

    @Test
    void aTeacherGetsASignedLaunchWithTheLtiClaims() throws Exception {
        MultiValueMap<String, String> login = loginInitiation(teacher);
        assertThat(login.getFirst("iss")).isEqualTo("http://localhost");
        assertThat(login.getFirst("target_link_uri")).isEqualTo(LAUNCH);
        assertThat(login.getFirst("client_id")).isEqualTo(tool.clientId());
        assertThat(login.getFirst("lti_deployment_id")).isEqualTo("d1");
        assertThat(login.getFirst("login_hint")).isNotBlank().doesNotContain(teacher.account());

        Document page = authorize(teacher, login, LAUNCH);
        assertThat(page.select("#lti-post").attr("action")).isEqualTo(LAUNCH);
        assertThat(page.select("input[name=state]").val()).isEqualTo("s1");
        SignedJWT idToken = SignedJWT.parse(page.select("input[name=id_token]").val());
        assertThat(idToken.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        RSAKey key = (RSAKey) JWKSet.parse(mvc.perform(get("/oauth2/jwks")).andReturn().getResponse()
                .getContentAsString()).getKeyByKeyId(idToken.getHeader().getKeyID());
        assertThat(idToken.verify(new RSASSAVerifier(key))).isTrue();

        JWTClaimsSet claims = idToken.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("http://localhost");
        assertThat(claims.getAudience()).containsExactly(tool.clientId());
        assertThat(claims.getSubject()).isEqualTo(login.getFirst("login_hint"));
        assertThat(claims.getStringClaim("nonce")).isEqualTo("n-1");
        assertThat(claims.getExpirationTime()).isAfter(claims.getIssueTime());
        assertThat(claims.getStringClaim(LtiClaims.MESSAGE_TYPE)).isEqualTo("LtiResourceLinkRequest");
        assertThat(claims.getStringClaim(LtiClaims.VERSION)).isEqualTo("1.3.0");
        assertThat(claims.getStringClaim(LtiClaims.DEPLOYMENT_ID)).isEqualTo("d1");
        assertThat(claims.getStringClaim(LtiClaims.TARGET_LINK_URI)).isEqualTo(LAUNCH);
        assertThat(claims.getStringListClaim(LtiClaims.ROLES)).containsExactly(LtiClaims.INSTRUCTOR);
        assertThat(claims.getJSONObjectClaim(LtiClaims.RESOURCE_LINK)).containsKey("id");
        Map<String, Object> context = claims.getJSONObjectClaim(LtiClaims.CONTEXT);
        assertThat(context).containsEntry("id", String.valueOf(schoolClass.id()))
                .containsEntry("label", schoolClass.fullName())
                .containsEntry("title", schoolClass.schoolName() + " " + schoolClass.fullName());
        assertThat(claims.getJSONObjectClaim(LtiClaims.TOOL_PLATFORM)).containsKey("guid");
        assertThat(claims.getStringClaim("name")).isEqualTo("张老师");
        assertThat(launches(teacher, "SUCCESS")).isEqualTo(1);
    }

    @Test
    void aChildIsALearnerKnownByAPseudonymousIdOnlyWithoutAGuardiansConsent() throws Exception {
        MultiValueMap<String, String> login = loginInitiation(student);
        JWTClaimsSet claims = SignedJWT.parse(authorize(student, login, LAUNCH).select("input[name=id_token]").val())
                .getJWTClaimsSet();
        assertThat(claims.getStringListClaim(LtiClaims.ROLES)).containsExactly(LtiClaims.LEARNER);
        assertThat(claims.getClaims()).doesNotContainKeys("name", "given_name", "family_name", "email");
        assertThat(claims.toString()).doesNotContain("李小萌").doesNotContain(student.account());
        assertThat(claims.getSubject()).isNotEqualTo(loginInitiation(teacher).getFirst("login_hint"));
    }

    @Test
    void someoneOutsideTheClassIsRefusedAndAudited() throws Exception {
        Person outsider = logins.ready(fixtures.aPerson().teacher().teaching(
                fixtures.aClass().in(fixtures.aSchool().build()).build()).build());
        mvc.perform(get("/lti/launch").param("tool", String.valueOf(tool.id()))
                .param("class", String.valueOf(schoolClass.id())).with(Logins.as(outsider)))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(403));
        assertThat(launches(outsider, "DENIED")).isEqualTo(1);

        // the outsider replays the class's hint at the authorization endpoint: the tool gets the protocol's error
        MultiValueMap<String, String> login = loginInitiation(teacher);
        login.set("login_hint", launches.subject(tool, actors.load(outsider.id(), null)));
        Document asOutsider = authorize(outsider, login, LAUNCH);
        assertThat(asOutsider.select("input[name=error]").val()).isEqualTo("access_denied");
        assertThat(asOutsider.select("input[name=id_token]")).isEmpty();
        assertThat(launches(outsider, "DENIED")).isEqualTo(2);
    }

    @Test
    void anotherPersonOrAVisitorGetsLoginRequired() throws Exception {
        MultiValueMap<String, String> login = loginInitiation(teacher);
        Document asStudent = authorize(student, login, LAUNCH);
        assertThat(asStudent.select("input[name=error]").val()).isEqualTo("login_required");
        assertThat(asStudent.select("input[name=id_token]")).isEmpty();

        String visitor = mvc.perform(post("/lti/authorize").params(request(login, LAUNCH)))
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(visitor).select("input[name=error]").val()).isEqualTo("login_required");
    }

    @Test
    void anUnknownToolOrAnUnregisteredRedirectGetsAPageAndNothingIsPosted() throws Exception {
        MultiValueMap<String, String> login = loginInitiation(teacher);
        MultiValueMap<String, String> wrongRedirect = request(login, "https://evil.example/launch");
        MockHttpServletResponse redirect = mvc.perform(get("/lti/authorize").params(wrongRedirect)
                .with(Logins.as(teacher))).andReturn().getResponse();
        assertThat(redirect.getStatus()).isEqualTo(400);
        assertThat(redirect.getContentAsString()).contains("工具要求发往的地址没有登记")
                .doesNotContain("evil.example/launch\"").doesNotContain("id_token");

        MultiValueMap<String, String> unknown = request(login, LAUNCH);
        unknown.set("client_id", "no-such-tool");
        MockHttpServletResponse client = mvc.perform(post("/lti/authorize").params(unknown)
                .with(Logins.as(teacher))).andReturn().getResponse();
        assertThat(client.getStatus()).isEqualTo(400);
        assertThat(client.getContentAsString()).contains("这个工具没有在本平台登记");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'LTI_LAUNCH' AND result = 'FAILURE'"
                + " AND actor_account IN (?, 'no-such-tool')").param(tool.clientId()).query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void aRequestThatIsNotAnLtiAuthenticationRequestGetsTheProtocolsError() throws Exception {
        MultiValueMap<String, String> params = request(loginInitiation(teacher), LAUNCH);
        params.set("response_type", "code");
        assertThat(errorFor(params)).isEqualTo("unsupported_response_type");
        params = request(loginInitiation(teacher), LAUNCH);
        params.remove("nonce");
        assertThat(errorFor(params)).isEqualTo("invalid_request");
        params = request(loginInitiation(teacher), LAUNCH);
        params.set("lti_message_hint", "class:not-a-number");
        assertThat(errorFor(params)).isEqualTo("invalid_request");
    }

    private String errorFor(MultiValueMap<String, String> params) throws Exception {
        String page = mvc.perform(post("/lti/authorize").params(params).with(Logins.as(teacher)))
                .andReturn().getResponse().getContentAsString();
        return Jsoup.parse(page).select("input[name=error]").val();
    }

    private MultiValueMap<String, String> loginInitiation(Person person) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/lti/launch").param("tool", String.valueOf(tool.id()))
                .param("class", String.valueOf(schoolClass.id())).with(Logins.as(person))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).startsWith("https://tool.example/login?");
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        UriComponentsBuilder.fromUriString(response.getRedirectedUrl()).build().getQueryParams()
                .forEach((name, values) -> params.add(name, URLDecoder.decode(values.get(0), StandardCharsets.UTF_8)));
        return params;
    }

    /** The tool's answer to a login initiation, as ltijs sends it. */
    private static MultiValueMap<String, String> request(MultiValueMap<String, String> login, String redirect) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("response_type", "id_token");
        params.add("response_mode", "form_post");
        params.add("scope", "openid");
        params.add("client_id", login.getFirst("client_id"));
        params.add("redirect_uri", redirect);
        params.add("login_hint", login.getFirst("login_hint"));
        params.add("lti_message_hint", login.getFirst("lti_message_hint"));
        params.add("nonce", "n-1");
        params.add("prompt", "none");
        params.add("state", "s1");
        return params;
    }

    private Document authorize(Person person, MultiValueMap<String, String> login, String redirect)
            throws Exception {
        MockHttpServletRequestBuilder request = post("/lti/authorize").params(request(login, redirect))
                .with(Logins.as(person));
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private long launches(Person person, String result) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'LTI_LAUNCH' AND actor_account = ?"
                + " AND result = ?").params(person.account(), result).query(Long.class).single();
    }
}
