package org.renrentong.federation.oai;

import io.gdcc.xoai.exceptions.BadResumptionTokenException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Resumption tokens that hold their whole state, signed: the list asked for, the seq the next page starts after, the
 * cursor, the list size counted on the first page, and when the token expires. Nothing is kept per harvest; the
 * signing key lives in the database, so a token outlives a restart and holds on every node behind a balancer. An
 * expired, altered or malformed token is refused.
 */
@Component
class OaiTokens {

    private static final String VERSION = "1";
    private static final String ALGORITHM = "HmacSHA256";

    /** The state a token carries; from, until (exclusive) and set are null when not asked for. */
    record State(String prefix, String set, Instant from, Instant until, long afterSeq, long cursor, long total,
                 Instant expires) {
    }

    private final JdbcClient jdbc;
    private final Duration lifetime;
    private volatile SecretKeySpec key;

    OaiTokens(JdbcClient jdbc, @Value("${renrentong.oai.token-lifetime:PT24H}") Duration lifetime) {
        this.jdbc = jdbc;
        this.lifetime = lifetime;
    }

    /** When a token made now expires (whole seconds, as the protocol writes it). */
    Instant expiryFromNow() {
        return Instant.now().plus(lifetime).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    String encode(State s) {
        String payload = String.join("|", VERSION, text(s.prefix()), text(s.set()), time(s.from()), time(s.until()),
                Long.toString(s.afterSeq()), Long.toString(s.cursor()), Long.toString(s.total()),
                Long.toString(s.expires().getEpochSecond()));
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString(bytes) + "." + base64.encodeToString(mac(bytes));
    }

    State decode(String token) throws BadResumptionTokenException {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 2) {
            throw new BadResumptionTokenException("The resumption token is malformed");
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = Base64.getUrlDecoder().decode(parts[0]);
            signature = Base64.getUrlDecoder().decode(parts[1]);
        } catch (IllegalArgumentException e) {
            throw new BadResumptionTokenException("The resumption token is malformed");
        }
        if (!MessageDigest.isEqual(mac(payload), signature)) {
            throw new BadResumptionTokenException("The resumption token was not issued here");
        }
        String[] f = new String(payload, StandardCharsets.UTF_8).split("\\|", -1);
        if (f.length != 9 || !VERSION.equals(f[0])) {
            throw new BadResumptionTokenException("The resumption token is malformed");
        }
        State s = new State(untext(f[1]), untext(f[2]), untime(f[3]), untime(f[4]), Long.parseLong(f[5]),
                Long.parseLong(f[6]), Long.parseLong(f[7]), Instant.ofEpochSecond(Long.parseLong(f[8])));
        if (!s.expires().isAfter(Instant.now())) {
            throw new BadResumptionTokenException("The resumption token has expired");
        }
        return s;
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key());
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The node's signing key, made once for the whole database by the first node that needs it. */
    private SecretKeySpec key() {
        if (key == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            jdbc.sql("INSERT INTO oai_token_key (id, key) VALUES (1, ?) ON CONFLICT DO NOTHING").param(fresh).update();
            byte[] stored = jdbc.sql("SELECT key FROM oai_token_key WHERE id = 1").query(byte[].class).single();
            key = new SecretKeySpec(stored, ALGORITHM);
        }
        return key;
    }

    private static String text(String s) {
        return s == null ? "" : URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String untext(String s) {
        return s.isEmpty() ? null : URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static String time(Instant t) {
        return t == null ? "" : Long.toString(t.getEpochSecond());
    }

    private static Instant untime(String s) {
        return s.isEmpty() ? null : Instant.ofEpochSecond(Long.parseLong(s));
    }
}
