package org.renrentong.apps.provider;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An ICP filing number (ICP备案号): the province's one-character abbreviation, "ICP备", the number, "号", and for a
 * site of the filing its ordinal ("京ICP备12345678号-1").
 */
final class IcpFiling {

    private static final Pattern FORMAT = Pattern.compile(
            "[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼港澳台]ICP备\\d{6,10}号(-\\d{1,3})?");

    private IcpFiling() {
    }

    static Optional<String> parse(String raw) {
        String number = raw == null ? "" : raw.strip();
        return FORMAT.matcher(number).matches() ? Optional.of(number) : Optional.empty();
    }
}
