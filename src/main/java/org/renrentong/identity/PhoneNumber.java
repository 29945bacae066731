package org.renrentong.identity;

import java.util.Optional;
import java.util.regex.Pattern;

/** Mainland mobile numbers: 11 digits starting 1[3-9]. */
public final class PhoneNumber {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private PhoneNumber() {
    }

    public static Optional<String> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.trim().replace(" ", "").replace("-", "");
        if (s.startsWith("+86")) {
            s = s.substring(3);
        }
        return MOBILE.matcher(s).matches() ? Optional.of(s) : Optional.empty();
    }

    /** 138****5678 */
    public static String mask(String phone) {
        return phone == null ? null : phone.substring(0, 3) + "****" + phone.substring(7);
    }
}
