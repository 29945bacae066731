package org.renrentong.identity;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.renrentong.shared.DomainException;

/**
 * At least 8 characters of at least 3 kinds (lower case, upper case, digits, other), and at most 72 bytes in UTF-8.
 * The upper bound is bcrypt's: it reads only the first 72 bytes. Refusing longer passwords (about 24 Chinese
 * characters) keeps the stored hashes plain bcrypt, tells the person exactly what to change, and never silently
 * ignores the end of a pass phrase; pre-hashing would need a second hash format alongside every existing one.
 */
public final class PasswordPolicy {

    static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    public static boolean acceptable(String password) {
        return refusal(password).isEmpty();
    }

    /** The message key that says why the password is refused, or empty when the policy accepts it. */
    public static Optional<String> refusal(String password) {
        if (password == null || password.length() < 8) {
            return Optional.of("password.weak");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("password.tooLong");
        }
        int kinds = 0;
        kinds += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        kinds += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        kinds += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        kinds += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        return kinds >= 3 ? Optional.empty() : Optional.of("password.weak");
    }

    /** Refuses a password the policy does not accept, with the reason in the user's language. */
    public static void require(String password) {
        refusal(password).ifPresent(key -> {
            throw DomainException.invalid(key);
        });
    }
}
