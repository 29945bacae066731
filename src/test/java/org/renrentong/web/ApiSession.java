package org.renrentong.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.renrentong.web.BadInputs.BadRequest;

/**
 * A signed-in browser session over real HTTP (so that the servlet container's own checks take part), sending the
 * CSRF token as a header the way the pages' scripts do. One sign-in instead of a password check per request.
 */
final class ApiSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private String csrf;

    ApiSession(int port) {
        this.base = "http://localhost:" + port;
    }

    ApiSession signIn(String account, String password) throws IOException, InterruptedException {
        String loginToken = token(get("/login").body());
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(account) + "&password=" + enc(password)
                        + "&_csrf=" + enc(loginToken))).build(), HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 302 || !signedIn.headers().firstValue("Location").orElse("").endsWith("/home")) {
            throw new IllegalStateException("sign-in of " + account + " failed: " + signedIn.headers().map());
        }
        csrf = token(get("/password").body());
        return this;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(BadRequest r) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + r.uri()))
                .timeout(Duration.ofSeconds(60)).header("X-CSRF-TOKEN", csrf)
                .method(r.method(), r.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(r.body()));
        if (r.contentType() != null && r.body() != null) {
            request.header("Content-Type", r.contentType());
        }
        if (r.accept() != null) {
            request.header("Accept", r.accept());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String token(String page) {
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
