package org.renrentong.space;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The allowed image types, recognised from their first bytes — never from the file name or the browser's word. */
enum ImageType {
    PNG("image/png"), JPEG("image/jpeg"), GIF("image/gif"), WEBP("image/webp");

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private final String contentType;

    ImageType(String contentType) {
        this.contentType = contentType;
    }

    String contentType() {
        return contentType;
    }

    /** The name a stored image is kept under: storage checks that it agrees with the bytes. */
    String fileName() {
        return "post-image." + name().toLowerCase(Locale.ROOT).replace("jpeg", "jpg");
    }

    static Optional<ImageType> sniff(byte[] bytes) {
        if (startsWith(bytes, PNG_MAGIC, 0)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, JPEG_MAGIC, 0)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, ascii("GIF87a"), 0) || startsWith(bytes, ascii("GIF89a"), 0)) {
            return Optional.of(GIF);
        }
        if (startsWith(bytes, ascii("RIFF"), 0) && startsWith(bytes, ascii("WEBP"), 8)) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] magic, int offset) {
        return bytes.length >= offset + magic.length
                && Arrays.equals(bytes, offset, offset + magic.length, magic, 0, magic.length);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
