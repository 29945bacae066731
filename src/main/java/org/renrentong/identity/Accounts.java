package org.renrentong.identity;

/**
 * Account names for new people. Students and staff get one derived from school and number, guardians their phone;
 * everyone can also sign in with their phone. The bulk import uses the same rule.
 */
public final class Accounts {

    private Accounts() {
    }

    public static String forRole(Role role, Long schoolId, String number, String phone) {
        String base = switch (role) {
            case STUDENT -> number != null ? "s" + schoolId + "-" + number : null;
            case TEACHER, SCHOOL_ADMIN -> number != null ? "t" + schoolId + "-" + number : null;
            case GUARDIAN -> phone != null ? "g" + phone : null;
            default -> null;
        };
        return base != null ? base : role.name().substring(0, 1).toLowerCase() + Long.toString(System.nanoTime(), 36);
    }
}
