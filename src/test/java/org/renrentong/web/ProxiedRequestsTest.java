package org.renrentong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Behind a TLS-terminating proxy on a private address (here the loopback), the proxy's forwarded headers count: the
 * audit log and the sign-in throttle see the person's address, and an https request gets HSTS and a Secure cookie.
 */
@IntegrationTest
class ProxiedRequestsTest {

    private static final String PERSON = "203.0.113.61";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient browser = HttpClient.newHttpClient();

    @Test
    void anHttpsRequestThroughTheProxyGetsHstsAndASecureCookie() throws Exception {
        HttpResponse<String> page = browser.send(proxied("/login").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(page.headers().allValues("Set-Cookie")).isNotEmpty().allSatisfy(c -> assertThat(c).contains("Secure"));
    }

    @Test
    void aSignInIsAuditedWithThePersonsAddressNotTheProxys() throws Exception {
        String login = "nobody-" + Fixtures.unique();
        HttpResponse<String> page = browser.send(proxied("/login").GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).isTrue();
        String form = "username=" + login + "&password=wrong-1&_csrf=" + URLEncoder.encode(csrf.group(1),
                StandardCharsets.UTF_8);
        // the cookie is Secure: a browser sends it over its https link to the proxy, this client only when told
        String session = page.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];

        HttpResponse<String> refused = browser.send(proxied("/login").header("Cookie", session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT ip FROM audit_event WHERE action = 'SIGN_IN' AND actor_account = ?")
                .param(login).query(String.class).list()).containsExactly(PERSON);
    }

    private HttpRequest.Builder proxied(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Forwarded-For", PERSON).header("X-Forwarded-Proto", "https");
    }
}
