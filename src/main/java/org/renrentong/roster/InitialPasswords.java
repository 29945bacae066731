package org.renrentong.roster;

import java.security.SecureRandom;

/** Suggests a batch's initial password: easy to read aloud or copy (no 0/O, 1/l/I), and of four kinds. */
final class InitialPasswords {

    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private InitialPasswords() {
    }

    /** e.g. "Rr-Kx7m-Pq4w": an upper-case letter, a lower-case letter, digits and dashes. */
    static String generate() {
        StringBuilder sb = new StringBuilder("Rr");
        for (int group = 0; group < 2; group++) {
            sb.append('-').append(pick(UPPER)).append(pick(LOWER)).append(pick(DIGITS)).append(pick(LOWER));
        }
        return sb.toString();
    }

    private static char pick(String alphabet) {
        return alphabet.charAt(RANDOM.nextInt(alphabet.length()));
    }
}
