package org.renrentong.storage;

import java.util.Locale;

/** Sizes as people read them in messages: 2 GB, 3.5 MB, 12 KB. */
final class Bytes {

    private Bytes() {
    }

    static String human(long bytes) {
        if (bytes >= 1L << 30) {
            return trim(bytes / (double) (1L << 30)) + " GB";
        }
        if (bytes >= 1L << 20) {
            return trim(bytes / (double) (1L << 20)) + " MB";
        }
        if (bytes >= 1024) {
            return trim(bytes / 1024.0) + " KB";
        }
        return bytes + " B";
    }

    private static String trim(double value) {
        String s = String.format(Locale.ROOT, "%.1f", value);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
