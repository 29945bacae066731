package org.renrentong.apps.provider;

import java.util.Locale;
import java.util.Optional;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from 31 (digits and capitals
 * without I, O, Z, S, V); the 3rd to 8th are the registering authority's region code; the last is a check character,
 * 31 minus the weighted sum (weights 3^i mod 31) of the first 17, mod 31.
 */
final class CreditCode {

    private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    /** The code as stored (trimmed, upper case), when it is well-formed and its check character is right. */
    static Optional<String> parse(String raw) {
        String code = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        if (code.length() != 18 || !code.substring(2, 8).chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CHARACTERS.indexOf(code.charAt(i));
            if (value < 0) {
                return Optional.empty();
            }
            sum += value * WEIGHTS[i];
        }
        char check = CHARACTERS.charAt((31 - sum % 31) % 31);
        return check == code.charAt(17) ? Optional.of(code) : Optional.empty();
    }
}
