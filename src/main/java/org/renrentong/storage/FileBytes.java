package org.renrentong.storage;

import org.apache.tika.mime.MediaType;

/**
 * The bytes of a file another module holds in memory, with what they are, told once from the bytes by
 * {@link ServerUploads#read}: the module may refuse the file by its type before anything is stored, and
 * {@link ServerUploads#keep} does not sniff it again.
 */
public final class FileBytes {

    final byte[] bytes;
    final MediaType detected;
    final String sha256;

    FileBytes(byte[] bytes, MediaType detected) {
        this.bytes = bytes;
        this.detected = detected;
        this.sha256 = Sha256.of(bytes);
    }

    /** The media type the bytes are (not yet checked against the allow-list: {@link ServerUploads#keep} does). */
    public String mediaType() {
        return detected.getBaseType().toString();
    }
}
