package org.renrentong.identity;

/** A minor's name as visitors see it: 王*涵 (first character, a star, last character), 王* for two characters. */
public final class MaskedName {

    private MaskedName() {
    }

    public static String of(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        int[] chars = name.strip().codePoints().toArray();
        String first = new String(chars, 0, 1);
        return chars.length <= 2 ? first + "*" : first + "*" + new String(chars, chars.length - 1, 1);
    }
}
