package org.renrentong.apps;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Apps' client secrets: made by the node (256 random bits, never chosen by a person) and kept as their SHA-256.
 * A slow password hash guards guessable secrets; these cannot be guessed, and a slow hash at the token endpoint
 * would cost every single sign-in tens of milliseconds of CPU. Secrets stored in any other form never match.
 */
@Component
public class ClientSecrets {

    private static final String PREFIX = "{sha256}";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new secret, shown once to the app's provider. */
    public String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The form a secret is stored in. */
    public String encode(CharSequence secret) {
        return PREFIX + HexFormat.of().formatHex(digest(secret));
    }

    public boolean matches(CharSequence secret, String stored) {
        if (secret == null || stored == null || !stored.startsWith(PREFIX)) {
            return false;
        }
        byte[] expected;
        try {
            expected = HexFormat.of().parseHex(stored.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(expected, digest(secret));
    }

    /** The check the token endpoint makes of an app's secret (not a bean: people's passwords keep theirs). */
    PasswordEncoder encoder() {
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence secret) {
                return ClientSecrets.this.encode(secret);
            }

            @Override
            public boolean matches(CharSequence secret, String stored) {
                return ClientSecrets.this.matches(secret, stored);
            }
        };
    }

    private static byte[] digest(CharSequence secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.toString().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
