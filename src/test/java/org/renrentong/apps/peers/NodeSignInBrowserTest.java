package org.renrentong.apps.peers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Actors;
import org.renrentong.identity.Logins;
import org.renrentong.identity.Person;
import org.renrentong.identity.Role;
import org.renrentong.org.School;
import org.renrentong.testing.BrowserTest;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.NodeClient;
import org.renrentong.testing.NodeProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * Two real nodes over HTTP, driven in Chromium: this test's node is the province; a county in its own JVM joins it.
 * A teacher of the county, signed in there, signs in to the province with the county account (使用县级账号登录): the
 * province opens them an account in the school with the county school's code, audited with the county as the one
 * who acted. Signing out at the province ends the teacher's session at the county; the next sign-in through the
 * county is the same person at the province, and signing out at the county ends the session at the province. A
 * teacher of the province links their county account from their account page. The county is reached as 127.0.0.1 and the province as localhost, so
 * that the browser keeps their session cookies apart.
 */
@IntegrationTest
class NodeSignInBrowserTest extends BrowserTest {

    private static final String DEMO_PASSWORD = "Renrentong@2026";

    @Autowired Logins logins;
    @Autowired Fixtures fixtures;
    @Autowired Actors actors;
    @Autowired JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private NodeProcess county;
    private boolean passed;

    @AfterEach
    void stopTheCounty() {
        if (county != null) {
            county.close();
            if (passed) {
                FileSystemUtils.deleteRecursively(county.dataDir().toFile());
            }
        }
    }

    @Test
    void aCountyTeacherSignsInToTheProvinceWithTheCountyAccount() throws Exception {
        String code = "c" + Fixtures.unique();
        county = new NodeProcess(Path.of("target", "federation", "signin-" + System.currentTimeMillis()),
                "--renrentong.node.code=" + code, "--renrentong.node.level=COUNTY",
                "--renrentong.node.region=130102", "--renrentong.node.name=长安区节点",
                "--renrentong.node.base-url=http://127.0.0.1:${local.server.port}").start();
        String countyUrl = "http://127.0.0.1:" + county.uri("/").getPort();
        join(code);
        String schoolCode = String.format("8%09d", Fixtures.unique() % 1_000_000_000L);
        codeTheCountySchool(schoolCode);
        School school = fixtures.aSchool().named("第四十二中学" + Fixtures.unique()).coded(schoolCode).build();

        Page teacher = browser.visitor();
        signInAtTheCounty(teacher, countyUrl);
        long person = signInAtTheProvinceThroughTheCounty(teacher, code);

        Actor arrived = actors.load(person, null);
        Assertions.assertThat(arrived.name()).isEqualTo("王丽");
        Assertions.assertThat(arrived.role()).isEqualTo(Role.TEACHER);
        Assertions.assertThat(arrived.schoolId()).isEqualTo(school.id());
        Assertions.assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE action = 'NODE_ACCOUNT_LINKED' AND result = 'SUCCESS'
                AND principal_kind = 'NODE' AND actor_account = ? AND target_id = ? AND school_id = ?""")
                .params(code, String.valueOf(person), school.id()).query(Long.class).single()).isEqualTo(1);

        // signing out at the province ends the session at the county: its next page asks for the sign-in
        teacher.locator("form[action$='/logout']").evaluate("form => form.submit()");
        teacher.waitForURL(Pattern.compile(".*/login\\?logout"));
        Assertions.assertThat(signedOutSoon(teacher, countyUrl)).startsWith(countyUrl + "/login");

        signInAtTheCounty(teacher, countyUrl);
        Assertions.assertThat(signInAtTheProvinceThroughTheCounty(teacher, code)).isEqualTo(person);
        Assertions.assertThat(jdbc.sql("SELECT count(*) FROM node_account_link WHERE node_code = ?").param(code)
                .query(Long.class).single()).isEqualTo(1);

        // and the other way round: signing out at the county ends the session it opened at the province
        teacher.navigate(countyUrl + "/home");
        teacher.locator("form[action$='/logout']").evaluate("form => form.submit()");
        teacher.waitForURL(url -> url.startsWith(countyUrl + "/login?logout"));
        Assertions.assertThat(signedOutSoon(teacher, "http://localhost:" + port))
                .startsWith("http://localhost:" + port + "/login");

        // a teacher of the province, signed in here, links their account at the county from their account page
        Person local = logins.ready(fixtures.aPerson().named("张强").teacher().at(school).build());
        Page linker = browser.signedIn(local.account(), Fixtures.PASSWORD);
        linker.navigate("/account/nodes");
        linker.click("#node-link-" + code);
        linker.waitForURL(url -> url.startsWith(countyUrl + "/login"));
        linker.fill("#username", "teacher2");
        linker.fill("#password", DEMO_PASSWORD);
        linker.click("#login-submit");
        linker.waitForURL(url -> url.endsWith("/account/nodes?linked"));
        assertThat(linker.locator("#node-account-" + code)).containsText("已关联");
        Assertions.assertThat(jdbc.sql("SELECT count(*) FROM node_account_link WHERE node_code = ? AND person_id = ?")
                .params(code, local.id()).query(Long.class).single()).isEqualTo(1);
        passed = true;
    }

    /** The province issues a join token; the county's administrator joins with it. */
    private void join(String countyCode) throws Exception {
        Person admin = logins.platformAdmin();
        HttpResponse<String> issued = http.send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/api/v1/federation/join-tokens"))
                .header("Authorization", basic(admin.account(), Fixtures.PASSWORD))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"长安区节点\",\"level\":\"COUNTY\",\"regionCode\":\"130102\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Assertions.assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        String token = JsonPath.read(issued.body(), "$.token");
        HttpResponse<String> joined = new NodeClient(county, "admin", DEMO_PASSWORD).postJson(
                "/api/v1/federation/parent", "{\"baseUrl\":\"http://localhost:" + port + "\",\"token\":\"" + token
                        + "\"}");
        Assertions.assertThat(joined.statusCode()).as(joined.body()).isEqualTo(201);
    }

    /** The county's demo school of the demo teacher gets a school code (学校标识码). */
    private void codeTheCountySchool(String schoolCode) throws Exception {
        NodeClient admin = new NodeClient(county, "admin", DEMO_PASSWORD);
        String found = admin.get("/api/v1/schools?q=" + URLEncoder.encode("第四十二中学", StandardCharsets.UTF_8))
                .body();
        Map<String, Object> school = JsonPath.read(found, "$.items[0]");
        @SuppressWarnings("unchecked")
        List<String> stages = (List<String>) school.get("stages");
        String form = """
                {"name":"%s","code":"%s","kind":"%s","stages":["%s"],"countyCode":"%s"}""".formatted(
                school.get("name"), schoolCode, school.get("kind"), String.join("\",\"", stages),
                school.get("countyCode"));
        HttpResponse<String> changed = http.send(HttpRequest.newBuilder(county.uri("/api/v1/schools/"
                        + school.get("id")))
                .header("Authorization", basic("admin", DEMO_PASSWORD)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Assertions.assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    }

    private static void signInAtTheCounty(Page page, String countyUrl) {
        page.navigate(countyUrl + "/login");
        page.fill("#username", "teacher");
        page.fill("#password", DEMO_PASSWORD);
        page.click("#login-submit");
        page.waitForURL(Pattern.compile(Pattern.quote(countyUrl) + "/spaces/.*"));
    }

    /** On the province's sign-in page, the county's button; back in the province's own space. */
    private long signInAtTheProvinceThroughTheCounty(Page page, String countyCode) {
        page.navigate("/login");
        // with many joined nodes (other tests join some) the list is folded: unfold it, as a person would
        if (!(Boolean) page.locator("#login-other-ways").evaluate("details => details.open")) {
            page.click("#login-other-ways summary");
        }
        assertThat(page.locator("#node-sign-in-" + countyCode)).hasText("使用县级账号登录（长安区节点）");
        page.click("#node-sign-in-" + countyCode);
        page.waitForURL(Pattern.compile(Pattern.quote("http://localhost:" + port) + "/spaces/.*"));
        return jdbc.sql("SELECT person_id FROM node_account_link WHERE node_code = ?").param(countyCode)
                .query(Long.class).single();
    }

    private static String basic(String account, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((account + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Where the node's home page leads once the other node's sign-out notice has arrived: it travels through the
     * outbox, a moment after the sign-out there, so the page is asked again for up to half a minute.
     */
    private static String signedOutSoon(Page browser, String node) throws InterruptedException {
        long giveUpAt = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        browser.navigate(node + "/home");
        while (!browser.url().startsWith(node + "/login") && System.nanoTime() < giveUpAt) {
            Thread.sleep(200);
            browser.navigate(node + "/home");
        }
        return browser.url();
    }
}
