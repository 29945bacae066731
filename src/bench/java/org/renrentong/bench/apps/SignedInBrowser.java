package org.renrentong.bench.apps;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person's browser at the node (its own cookies), and the app that person signs in to: the form sign-in with
 * the password, then single sign-on into the app as a web app does it — authorize with PKCE, the code for tokens
 * with the app's secret, userinfo with the access token. Every step checks its answer, so a wrong turn (a consent
 * page, an error) fails the run instead of counting as fast. It speaks HTTP through the JDK's plain blocking client on
 * kept-alive connections: the load generator shares the node's two cores, and the asynchronous client cost about
 * twice as much of them per request.
 */
final class SignedInBrowser {

    static {
        // the browsers' requests share the kept-alive connections to the node (the JDK keeps 5 per host by default)
        System.setProperty("http.maxConnections", "256");
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");

    private final Map<String, String> cookies = new ConcurrentHashMap<>();
    private final String node;
    private final String account;
    private final App app;

    /** The app as registered at the node. */
    record App(String clientId, String secret, String redirectUri, String scope) {
    }

    /** What the node answered. */
    private record Answer(String path, int status, String location, String body) {
    }

    SignedInBrowser(String node, String account, App app) {
        this.node = node;
        this.account = account;
        this.app = app;
    }

    /** Signs in afresh on the node's form with the password (the password hash is checked once, here). */
    void signIn(String password) {
        cookies.clear();
        Matcher csrf = CSRF.matcher(expect(exchange("GET", "/login", null, null), 200));
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String token = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
        Answer signedIn = exchange("POST", "/login", null, form("username", account, "password", password, "_csrf",
                token));
        if (signedIn.status() != 302 || signedIn.location().contains("error")) {
            throw new IllegalStateException("sign-in of " + account + " failed: " + signedIn.status() + " "
                    + signedIn.location());
        }
    }

    /** One complete single sign-on into the app: authorize → code → tokens → userinfo. */
    void singleSignOn() {
        String verifier = UUID.randomUUID() + "." + UUID.randomUUID();
        String authorize = "/oauth2/authorize?response_type=code&client_id=" + encode(app.clientId())
                + "&scope=" + encode(app.scope()) + "&redirect_uri=" + encode(app.redirectUri())
                + "&state=" + UUID.randomUUID() + "&code_challenge=" + challenge(verifier)
                + "&code_challenge_method=S256";
        Answer back = exchange("GET", authorize, null, null);
        Matcher code = CODE.matcher(back.location());
        if (back.status() != 302 || !back.location().startsWith(app.redirectUri()) || !code.find()) {
            throw new IllegalStateException("authorize did not return a code: " + back.status() + " "
                    + back.location());
        }
        String basic = Base64.getEncoder().encodeToString(
                (encode(app.clientId()) + ":" + encode(app.secret())).getBytes(StandardCharsets.UTF_8));
        Matcher token = ACCESS_TOKEN.matcher(expect(exchange("POST", "/oauth2/token", "Basic " + basic,
                form("grant_type", "authorization_code", "code", code.group(1), "redirect_uri", app.redirectUri(),
                        "code_verifier", verifier)), 200));
        if (!token.find()) {
            throw new IllegalStateException("no access token");
        }
        expect(exchange("GET", "/userinfo", "Bearer " + token.group(1), null), 200);
    }

    /** The reference: the node's own health endpoint. */
    void health() {
        expect(exchange("GET", "/actuator/health", null, null), 200);
    }

    private static String expect(Answer answer, int status) {
        if (answer.status() != status) {
            throw new IllegalStateException(answer.path() + " answered " + answer.status() + " " + answer.location()
                    + ": " + answer.body());
        }
        return answer.body();
    }

    /** One request with this browser's cookies, keeping those the answer sets; a form body when given. */
    private Answer exchange(String method, String path, String authorization, String form) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(node + path).toURL().openConnection();
            c.setInstanceFollowRedirects(false);
            c.setRequestMethod(method);
            if (!cookies.isEmpty()) {
                c.setRequestProperty("Cookie", cookieHeader());
            }
            if (authorization != null) {
                c.setRequestProperty("Authorization", authorization);
            }
            if (form != null) {
                byte[] body = form.getBytes(StandardCharsets.UTF_8);
                c.setDoOutput(true);
                c.setFixedLengthStreamingMode(body.length);
                c.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
                try (OutputStream out = c.getOutputStream()) {
                    out.write(body);
                }
            }
            int status = c.getResponseCode();
            for (String set : c.getHeaderFields().getOrDefault("Set-Cookie", List.of())) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                }
            }
            String location = c.getHeaderField("Location");
            // read to the end, so the connection goes back to be kept alive
            try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
                String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return new Answer(path, status, location == null ? "" : location, body);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String cookieHeader() {
        StringBuilder header = new StringBuilder();
        cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=')
                .append(value));
        return header.toString();
    }

    private static String form(String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            body.append(i == 0 ? "" : "&").append(encode(pairs[i])).append('=').append(encode(pairs[i + 1]));
        }
        return body.toString();
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
