package org.renrentong.bench.apps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person's browser at the node (its own cookies), and the app that person signs in to: the form sign-in with
 * the password, then single sign-on into the app as a web app does it — authorize with PKCE, the code for tokens
 * with the app's secret, userinfo with the access token. Every step checks its answer, so a wrong turn (a consent
 * page, an error) fails the run instead of counting as fast.
 */
final class SignedInBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .version(HttpClient.Version.HTTP_1_1).build();
    private final String node;
    private final String account;
    private final App app;

    /** The app as registered at the node. */
    record App(String clientId, String secret, String redirectUri, String scope) {
    }

    SignedInBrowser(String node, String account, App app) {
        this.node = node;
        this.account = account;
        this.app = app;
    }

    /** Signs in afresh on the node's form with the password (the password hash is checked once, here). */
    void signIn(String password) {
        cookies.getCookieStore().removeAll();
        Matcher csrf = CSRF.matcher(send(get("/login"), 200));
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String token = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
        HttpResponse<String> signedIn = exchange(HttpRequest.newBuilder(URI.create(node + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form("username", account, "password", password, "_csrf", token)));
        String to = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || to.contains("error")) {
            throw new IllegalStateException("sign-in of " + account + " failed: " + signedIn.statusCode() + " " + to);
        }
    }

    /** One complete single sign-on into the app: authorize → code → tokens → userinfo. */
    void singleSignOn() {
        String verifier = UUID.randomUUID() + "." + UUID.randomUUID();
        String authorize = "/oauth2/authorize?response_type=code&client_id=" + encode(app.clientId())
                + "&scope=" + encode(app.scope()) + "&redirect_uri=" + encode(app.redirectUri())
                + "&state=" + UUID.randomUUID() + "&code_challenge=" + challenge(verifier)
                + "&code_challenge_method=S256";
        HttpResponse<String> back = exchange(get(authorize));
        String location = back.headers().firstValue("Location").orElse("");
        Matcher code = CODE.matcher(location);
        if (back.statusCode() != 302 || !location.startsWith(app.redirectUri()) || !code.find()) {
            throw new IllegalStateException("authorize did not return a code: " + back.statusCode() + " " + location);
        }
        String basic = Base64.getEncoder().encodeToString(
                (encode(app.clientId()) + ":" + encode(app.secret())).getBytes(StandardCharsets.UTF_8));
        Matcher token = ACCESS_TOKEN.matcher(send(HttpRequest.newBuilder(URI.create(node + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form("grant_type", "authorization_code", "code", code.group(1), "redirect_uri",
                        app.redirectUri(), "code_verifier", verifier)), 200));
        if (!token.find()) {
            throw new IllegalStateException("no access token");
        }
        send(get("/userinfo").header("Authorization", "Bearer " + token.group(1)), 200);
    }

    /** The reference: the node's own health endpoint. */
    void health() {
        send(get("/actuator/health"), 200);
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(node + path)).GET();
    }

    private String send(HttpRequest.Builder request, int expected) {
        HttpResponse<String> response = exchange(request);
        if (response.statusCode() != expected) {
            throw new IllegalStateException(response.request().uri().getPath() + " answered "
                    + response.statusCode() + " " + response.headers().firstValue("Location").orElse("")
                    + ": " + response.body());
        }
        return response.body();
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.BodyPublisher form(String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            body.append(i == 0 ? "" : "&").append(encode(pairs[i])).append('=').append(encode(pairs[i + 1]));
        }
        return HttpRequest.BodyPublishers.ofString(body.toString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
