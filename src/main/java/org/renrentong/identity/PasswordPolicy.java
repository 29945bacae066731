package org.renrentong.identity;

/** At least 8 characters of at least 3 kinds (lower case, upper case, digits, other). */
public final class PasswordPolicy {

    private PasswordPolicy() {
    }

    public static boolean acceptable(String password) {
        if (password == null || password.length() < 8 || password.length() > 128) {
            return false;
        }
        int kinds = 0;
        kinds += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        kinds += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        kinds += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        kinds += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        return kinds >= 3;
    }
}
