package org.renrentong.identity;

import java.security.SecureRandom;

/**
 * Account names for new people. Students and staff get one derived from school and number; guardians a random
 * code, since an account name is shown on people pages, in lists and in the audit log and must not carry a phone
 * number. Everyone can also sign in with their phone. The bulk import uses the same rule.
 */
public final class Accounts {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] CODE = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

    private Accounts() {
    }

    public static String forRole(Role role, Long schoolId, String number) {
        String base = switch (role) {
            case STUDENT -> number != null ? "s" + schoolId + "-" + number : null;
            case TEACHER, SCHOOL_ADMIN -> number != null ? "t" + schoolId + "-" + number : null;
            case GUARDIAN -> randomCode("g");
            default -> null;
        };
        return base != null ? base : role.name().substring(0, 1).toLowerCase() + Long.toString(System.nanoTime(), 36);
    }

    private static String randomCode(String prefix) {
        StringBuilder code = new StringBuilder(prefix);
        for (int i = 0; i < 12; i++) {
            code.append(CODE[RANDOM.nextInt(CODE.length)]);
        }
        return code.toString();
    }
}
