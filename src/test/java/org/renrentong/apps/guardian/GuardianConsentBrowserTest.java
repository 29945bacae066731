package org.renrentong.apps.guardian;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.RequestOptions;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.renrentong.apps.AppSignIn;
import org.renrentong.identity.Logins;
import org.renrentong.identity.Person;
import org.renrentong.org.SchoolClass;
import org.renrentong.testing.BrowserTest;
import org.renrentong.testing.Deliveries;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.test.web.servlet.MockMvc;

/**
 * In Chromium, at a phone's width: a child opens an app that asks for their name and asks their guardian; the
 * guardian refuses in their own account (the app gets the pseudonymous id alone), then grants (the app's userinfo
 * has the name), reads the access record and withdraws (the app's token no longer works).
 */
@IntegrationTest
class GuardianConsentBrowserTest extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired Logins logins;
    @Autowired Deliveries deliveries;
    @Autowired RegisteredClientRepository clients;
    @Autowired MockMvc mvc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aGuardianRefusesThenGrantsSeesTheAccessRecordAndWithdraws() throws Exception {
        SchoolClass schoolClass = fixtures.aClass().in(fixtures.aSchool().build()).build();
        Person child = logins.ready(fixtures.aPerson().student().in(schoolClass).named("李小萌").build());
        Person guardian = logins.ready(fixtures.aPerson().guardianOf(child).build());
        String appName = "绘本屋" + Fixtures.unique();
        AppSignIn app = AppSignIn.app(mvc, clients, appName, true);

        Page student = browser.signedIn(child.account(), Fixtures.PASSWORD);
        // the app's own site stands in for the app: it only receives the redirect
        student.route(AppSignIn.REDIRECT + "**", route -> route.fulfill(new Route.FulfillOptions().setBody("app")));
        student.navigate(app.authorizeUri("openid profile").toString());
        assertThat(student.locator("#child-rule")).isVisible();
        assertThat(student.locator("#child-scope-profile")).isVisible();
        student.click("#child-ask");
        assertThat(student.locator("#child-asked")).isVisible();
        assertThat(student.locator("#child-status")).hasText("已请监护人同意，正在等待答复。");
        deliveries.awaitAll();

        Page parent = browser.signedIn(guardian.account(), Fixtures.PASSWORD);
        assertThat(parent.locator("#bell-count")).hasText("1");
        parent.navigate("/children");
        parent.click(".child-apps-link");
        String card = "#child-app-" + app.clientId;
        assertThat(parent.locator(card)).containsText(appName);
        assertThat(parent.locator(card + " .app-status")).hasText("等待你的答复");
        parent.click(card + " .app-refuse-button");
        assertThat(parent.locator("#child-apps-done")).isVisible();
        assertThat(parent.locator(card + " .app-status")).hasText("已拒绝");

        student.navigate(app.authorizeUri("openid profile").toString());
        student.click("#child-continue");
        student.waitForURL(AppSignIn.REDIRECT + "**");
        String idOnly = token(app, student.url());
        assertThat(userinfo(idOnly).body()).contains("\"sub\"").doesNotContain("李小萌");

        parent.reload();
        parent.check("#scope-" + app.clientId + "-profile");
        parent.click(card + " .app-grant-button");
        assertThat(parent.locator(card + " .app-status")).hasText("已同意");

        // what the guardian granted needs no screen at all now: the node answers with the redirect to the app
        APIResponse direct = student.context().request().get(app.authorizeUri("openid profile").toString(),
                RequestOptions.create().setMaxRedirects(0));
        String back = direct.headers().get("location");
        assertThat(back).startsWith(AppSignIn.REDIRECT);
        String granted = token(app, back);
        HttpResponse<String> info = userinfo(granted);
        assertThat(info.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(info.body(), "$.name")).isEqualTo("李小萌");

        parent.reload();
        assertThat(parent.locator(card + " .app-released")).containsText("姓名");
        assertThat(parent.locator("#access-table tbody tr").first()).containsText("读取个人信息");
        assertThat(parent.locator("#access-table")).containsText(appName);
        assertThat(parent.locator(card + " .app-refuse-button")).hasText("撤回同意");
        parent.click(card + " .app-refuse-button");
        assertThat(parent.locator("#child-apps-done")).isVisible();
        assertThat(userinfo(granted).statusCode()).isEqualTo(401);
    }

    private String token(AppSignIn app, String back) throws Exception {
        String form = "grant_type=authorization_code&code=" + enc(AppSignIn.param(back, "code"))
                + "&redirect_uri=" + enc(AppSignIn.REDIRECT) + "&client_id=" + enc(app.clientId)
                + "&code_verifier=" + enc(app.verifier);
        HttpResponse<String> tokens = http.send(HttpRequest.newBuilder(URI.create(base() + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        return JsonPath.read(tokens.body(), "$.access_token");
    }

    private HttpResponse<String> userinfo(String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + "/userinfo"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
