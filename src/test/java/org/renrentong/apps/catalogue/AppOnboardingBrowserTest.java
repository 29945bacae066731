package org.renrentong.apps.catalogue;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Logins;
import org.renrentong.identity.Person;
import org.renrentong.org.School;
import org.renrentong.storage.SampleFiles;
import org.renrentong.testing.BrowserTest;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.ProviderFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The whole onboarding in Chromium: an enterprise registers, the platform administrator approves it, it registers an
 * app and applies at the city, the city approves, a county inherits it, one school hides it — its teacher does not
 * see it, a teacher of another school in the county does and opens it, signing in to the app with single sign-on.
 */
@IntegrationTest
class AppOnboardingBrowserTest extends BrowserTest {

    private static final String APP_SITE = "https://zuoye.example.cn";
    private static final String CALLBACK = APP_SITE + "/login/callback";

    @Autowired Fixtures fixtures;
    @Autowired Logins logins;
    @Autowired JdbcClient jdbc;

    @Test
    void registeredVettedApprovedInheritedHiddenAndOpenedWithSingleSignOn() throws Exception {
        long n = Fixtures.unique();
        String enterprise = "浏览器教育科技" + n;
        String appName = "浏览器作业" + n;
        String phone = ProviderFixtures.phone(n);
        School hiding = fixtures.aSchool().inCounty("130102").build();
        School showing = fixtures.aSchool().inCounty("130102").build();
        Person hidingTeacher = logins.ready(fixtures.aPerson().teacher().at(hiding).build());
        Person teacher = logins.ready(fixtures.aPerson().teacher().at(showing).build());
        Person schoolAdmin = logins.ready(fixtures.aPerson().schoolAdmin().at(hiding).build());

        Page visitor = browser.visitor();
        visitor.navigate("/app-providers/register");
        visitor.fill("#name", enterprise);
        visitor.fill("#creditCode", ProviderFixtures.creditCode(n));
        visitor.fill("#icpFiling", "冀ICP备20260002号-1");
        visitor.selectOption("#securityLevel", "2");
        visitor.fill("#securityCertificate", "13010250002-26001");
        visitor.fill("#regionCode", "130102");
        visitor.fill("#contactName", "王经理");
        visitor.fill("#contactPhone", phone);
        visitor.fill("#password", Fixtures.PASSWORD);
        visitor.click("#provider-submit");
        assertThat(visitor.locator("#provider-registered")).isVisible();

        long providerId = jdbc.sql("SELECT id FROM app_provider WHERE name = ?").param(enterprise)
                .query(Long.class).single();
        Page platform = browser.signedIn(logins.platformAdmin().account(), Fixtures.PASSWORD);
        platform.navigate("/admin/app-providers");
        platform.locator("#provider-" + providerId + " .provider-approve").click();
        assertThat(platform.locator("#providers-done")).isVisible();

        Page provider = browser.signedIn(phone, Fixtures.PASSWORD);
        provider.navigate("/provider");
        provider.click("#provider-new-app");
        provider.fill("#name", appName);
        provider.selectOption("#category", "HOMEWORK_ASSESSMENT");
        provider.fill("#description", "布置与批改作业");
        provider.check("input[name=audiences][value=TEACHER]");
        provider.fill("#launchUrl", APP_SITE + "/");
        provider.fill("#redirectUris", CALLBACK);
        provider.fill("#scope-profile", "在作业本上显示老师的姓名");
        provider.fill("#filingNumber", "教APP备" + n);
        provider.click("#app-submit");
        assertThat(provider.locator("#app-done")).isVisible();
        Path shot = Files.createTempFile("shot", ".png");
        Files.write(shot, SampleFiles.png(64, 40));
        provider.setInputFiles("#app-screenshot-form input[name=image]", shot);
        provider.click("#app-screenshot-add");
        assertThat(provider.locator("#app-screenshots img")).hasCount(1);
        provider.fill("input[name=regionCode]", "130100");
        provider.click("#app-apply");
        assertThat(provider.locator("#region-130100")).containsText("待审核");
        long appId = jdbc.sql("SELECT id FROM app WHERE name = ?").param(appName).query(Long.class).single();

        Page city = browser.signedIn(logins.regionAdmin("130100").account(), Fixtures.PASSWORD);
        city.navigate("/admin/apps");
        city.locator("#admin-app-" + appId + "-130100 .app-approve").click();
        assertThat(city.locator("#apps-done")).isVisible();

        provider.navigate("/provider/apps/" + appId);
        provider.click("#app-secret");
        String clientId = provider.locator("#client-id").textContent();
        String secret = provider.locator("#client-secret").textContent();

        Page school = browser.signedIn(schoolAdmin.account(), Fixtures.PASSWORD);
        school.navigate("/admin/apps");
        school.locator("#admin-app-" + appId + " .app-hide").click();
        assertThat(school.locator("#admin-app-" + appId + " .app-hidden")).isVisible();

        Page hidden = browser.signedIn(hidingTeacher.account(), Fixtures.PASSWORD);
        hidden.navigate("/apps");
        assertThat(hidden.locator("#app-" + appId)).hasCount(0);

        // the app's own site: its start page sends the person to sign in with PKCE, its callback takes the code
        String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
        AtomicReference<String> callback = new AtomicReference<>();
        Page t = browser.signedIn(teacher.account(), Fixtures.PASSWORD);
        t.context().route(APP_SITE + "/**", route -> {
            String url = route.request().url();
            if (url.startsWith(CALLBACK)) {
                callback.set(url);
                route.fulfill(new com.microsoft.playwright.Route.FulfillOptions().setStatus(200)
                        .setContentType("text/html").setBody("<html><body>signed in</body></html>"));
            } else {
                route.fulfill(new com.microsoft.playwright.Route.FulfillOptions().setStatus(302)
                        .setHeaders(java.util.Map.of("Location", authorize(clientId, verifier))));
            }
        });
        t.navigate("/apps");
        assertThat(t.locator("#app-" + appId)).containsText(appName);
        Page opened = t.waitForPopup(() -> t.locator("#app-" + appId + " .app-open").click());
        opened.waitForURL("**/oauth2/consent**");
        assertThat(opened.locator("#scope-profile")).containsText("在作业本上显示老师的姓名");
        opened.click("#consent-allow");
        opened.waitForURL(CALLBACK + "**");

        String code = UriComponentsBuilder.fromUriString(callback.get()).build().getQueryParams().getFirst("code");
        HttpClient http = HttpClient.newHttpClient();
        String form = "grant_type=authorization_code&code=" + code + "&redirect_uri=" + CALLBACK
                + "&code_verifier=" + verifier;
        HttpResponse<String> tokens = http.send(HttpRequest.newBuilder(URI.create(base() + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tokens.statusCode()).isEqualTo(200);
        String access = JsonPath.read(tokens.body(), "$.access_token");
        HttpResponse<String> info = http.send(HttpRequest.newBuilder(URI.create(base() + "/userinfo"))
                .header("Authorization", "Bearer " + access).build(), HttpResponse.BodyHandlers.ofString());
        assertThat((String) JsonPath.read(info.body(), "$.name")).isEqualTo(teacher.name());
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private String authorize(String clientId, String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return UriComponentsBuilder.fromUriString(base() + "/oauth2/authorize").queryParam("response_type", "code")
                    .queryParam("client_id", clientId).queryParam("scope", "openid profile")
                    .queryParam("redirect_uri", CALLBACK).queryParam("state", "open")
                    .queryParam("code_challenge", Base64.getUrlEncoder().withoutPadding().encodeToString(digest))
                    .queryParam("code_challenge_method", "S256").encode().build().toUriString();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
