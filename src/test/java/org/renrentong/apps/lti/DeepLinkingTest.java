package org.renrentong.apps.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Deep linking over HTTP: a teacher's request carries the node's ticket and return URL; the tool's signed answer
 * places its resource links in the class, and a forged, foreign or misaddressed answer places nothing.
 */
@IntegrationTest
class DeepLinkingTest {

    private static final String PICK = "https://tool.example/pick";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Logins logins;
    @Autowired LtiTools tools;
    @Autowired JdbcClient jdbc;

    private SchoolClass schoolClass;
    private Person teacher;
    private Person student;
    private RSAKey toolKey;
    private LtiTool tool;

    @BeforeEach
    void world() throws Exception {
        schoolClass = fixtures.aClass().in(fixtures.aSchool().build()).build();
        teacher = logins.ready(fixtures.aPerson().teacher().teaching(schoolClass).build());
        student = logins.ready(fixtures.aPerson().student().in(schoolClass).build());
        toolKey = new RSAKeyGenerator(2048).keyID("tool-key").generate();
        tool = tools.register(fixtures.platformAdmin(), new LtiToolForm("题库", "dl-" + Fixtures.unique(), "d1",
                "https://tool.example/login", "https://tool.example/launch", PICK, null,
                toolKey.toPublicJWK().toJSONString(), false));
    }

    @Test
    void aTeachersPickPlacesTheToolsSignedLinksInTheClass() throws Exception {
        JWTClaimsSet request = deepLinkingRequest();
        assertThat(request.getStringClaim(LtiClaims.MESSAGE_TYPE)).isEqualTo("LtiDeepLinkingRequest");
        Map<String, Object> settings = request.getJSONObjectClaim(LtiClaims.DEEP_LINKING_SETTINGS);
        assertThat(settings).containsEntry("deep_link_return_url", "http://localhost/lti/deep-links/return")
                .containsKey("data");
        assertThat(settings.get("accept_types")).isEqualTo(List.of("ltiResourceLink"));

        String answer = signed(toolKey, tool.clientId(), "http://localhost",
                (String) settings.get("data"), List.of(
                        Map.of("type", "ltiResourceLink", "title", "勾股定理练习", "url", "https://tool.example/l/1"),
                        Map.of("type", "html", "html", "<p>ignored</p>")));
        MockHttpServletResponse placed = answer(answer);
        assertThat(placed.getRedirectedUrl()).isEqualTo("/lti/classes/" + schoolClass.id() + "/placed?count=1");
        String page = mvc.perform(get(placed.getRedirectedUrl()).with(Logins.as(teacher))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("已向 " + schoolClass.fullName() + " 添加 1 项内容。");
        assertThat(links()).isEqualTo(1);
        // the same signed answer sent again places nothing more
        MockHttpServletResponse replayed = answer(answer);
        assertThat(replayed.getStatus()).isEqualTo(400);
        assertThat(replayed.getContentAsString()).contains("已经用过一次");
        assertThat(links()).isEqualTo(1);

        String card = mvc.perform(get("/lti/classes/{id}/tools", schoolClass.id()).with(Logins.as(student)))
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(card).select(".class-tool-link").text()).isEqualTo("勾股定理练习");
        assertThat(Jsoup.parse(card).select(".class-tool-pick")).isEmpty();
    }

    @Test
    void aForgedMisaddressedOrTicketlessAnswerPlacesNothing() throws Exception {
        String data = (String) deepLinkingRequest().getJSONObjectClaim(LtiClaims.DEEP_LINKING_SETTINGS).get("data");
        List<Map<String, Object>> items = List.of(Map.of("type", "ltiResourceLink", "title", "练习"));
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("tool-key").generate();

        assertThat(answer(signed(stranger, tool.clientId(), "http://localhost", data, items)).getStatus())
                .isEqualTo(400);
        assertThat(answer(signed(toolKey, tool.clientId(), "https://other-node.example", data, items)).getStatus())
                .isEqualTo(400);
        assertThat(answer(signed(toolKey, tool.clientId(), "http://localhost", "made-up", items)).getStatus())
                .isEqualTo(400);
        MockHttpServletResponse garbage = answer("not-a-jwt");
        assertThat(garbage.getStatus()).isEqualTo(400);
        assertThat(garbage.getContentAsString()).contains("无法添加内容");
        assertThat(links()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'LTI_CONTENT_PLACED'"
                + " AND result = 'FAILURE' AND actor_account = ?").param(tool.clientId()).query(Long.class).single())
                .isEqualTo(3);
    }

    @Test
    void onlyTheClassesTeachersPickContent() throws Exception {
        assertThat(mvc.perform(get("/lti/launch").param("tool", String.valueOf(tool.id()))
                .param("class", String.valueOf(schoolClass.id())).param("pick", "true").with(Logins.as(student)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    private JWTClaimsSet deepLinkingRequest() throws Exception {
        MockHttpServletResponse start = mvc.perform(get("/lti/launch").param("tool", String.valueOf(tool.id()))
                .param("class", String.valueOf(schoolClass.id())).param("pick", "true").with(Logins.as(teacher)))
                .andReturn().getResponse();
        var query = UriComponentsBuilder.fromUriString(start.getRedirectedUrl()).build().getQueryParams();
        assertThat(decoded(query.getFirst("target_link_uri"))).isEqualTo(PICK);
        String page = mvc.perform(post("/lti/authorize").with(Logins.as(teacher))
                        .param("client_id", tool.clientId()).param("redirect_uri", PICK)
                        .param("response_type", "id_token").param("response_mode", "form_post")
                        .param("scope", "openid").param("nonce", "n").param("state", "s")
                        .param("login_hint", decoded(query.getFirst("login_hint")))
                        .param("lti_message_hint", decoded(query.getFirst("lti_message_hint"))))
                .andReturn().getResponse().getContentAsString();
        return SignedJWT.parse(Jsoup.parse(page).select("input[name=id_token]").val()).getJWTClaimsSet();
    }

    private static String signed(RSAKey key, String issuer, String audience, String data, List<?> items)
            throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).audience(audience)
                .issueTime(new Date()).expirationTime(new Date(System.currentTimeMillis() + 60_000))
                .claim("nonce", "tool-nonce-" + UUID.randomUUID()).claim(LtiClaims.DEPLOYMENT_ID, "d1")
                .claim(LtiClaims.MESSAGE_TYPE, "LtiDeepLinkingResponse").claim(LtiClaims.VERSION, "1.3.0")
                .claim(LtiClaims.DATA, data).claim(LtiClaims.CONTENT_ITEMS, items).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private MockHttpServletResponse answer(String jwt) throws Exception {
        return mvc.perform(post("/lti/deep-links/return").param("JWT", jwt)).andReturn().getResponse();
    }

    private long links() {
        return jdbc.sql("SELECT count(*) FROM lti_link WHERE class_id = ?").param(schoolClass.id())
                .query(Long.class).single();
    }

    private static String decoded(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
