package org.renrentong.classroom.quiz;

import java.util.Arrays;

/** The picture types an item may carry, recognised from their first bytes, never from a name. */
final class PictureType {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private PictureType() {
    }

    /** "png" or "jpg", or null for anything else. */
    static String sniff(byte[] bytes) {
        if (starts(bytes, PNG)) {
            return "png";
        }
        return starts(bytes, JPEG) ? "jpg" : null;
    }

    private static boolean starts(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }
}
