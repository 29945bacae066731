package org.renrentong.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/** The 18-character resident ID-card number (GB 11643): format, birth date and the ISO 7064 MOD 11-2 check. */
public final class IdCardNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdCardNumber() {
    }

    /** The normalised number (upper-case X), or empty if the input is not a valid number. */
    public static Optional<String> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.trim().toUpperCase();
        if (s.length() != 18 || !s.substring(0, 17).chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (s.charAt(i) - '0') * WEIGHTS[i];
        }
        if (CHECK[sum % 11] != s.charAt(17) || !validBirthDate(s)) {
            return Optional.empty();
        }
        return Optional.of(s);
    }

    /** Shows only the first four and last four characters: 1101**********1234. */
    public static String mask(String number) {
        return number.substring(0, 4) + "*".repeat(number.length() - 8) + number.substring(number.length() - 4);
    }

    /** Any text entered as an ID-card number, valid or not, masked like a number on show; short text entirely. */
    public static String maskEntered(String text) {
        return text.length() > 8 ? mask(text) : "*".repeat(text.length());
    }

    /** The birth date that a valid number carries (characters 7 to 14). */
    public static LocalDate birthDate(String number) {
        return LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
                Integer.parseInt(number.substring(12, 14)));
    }

    private static boolean validBirthDate(String s) {
        try {
            LocalDate birth = birthDate(s);
            return birth.getYear() >= 1900 && !birth.isAfter(LocalDate.now(ZoneId.of("Asia/Shanghai")));
        } catch (DateTimeException e) {
            return false;
        }
    }
}
