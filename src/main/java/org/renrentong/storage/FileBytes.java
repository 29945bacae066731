package org.renrentong.storage;

import org.apache.tika.mime.MediaType;

/**
 * The bytes of a file another module holds in memory, with its name and what they are, told once from the bytes by
 * {@link ServerUploads#read}: the module may refuse the file by its type before anything is stored, and
 * {@link ServerUploads#keep} does not sniff it again.
 */
public final class FileBytes {

    final String name;
    final byte[] bytes;
    final MediaType detected;
    final String sha256;

    FileBytes(String name, byte[] bytes, MediaType detected) {
        this(name, bytes, detected, Sha256.of(bytes));
    }

    private FileBytes(String name, byte[] bytes, MediaType detected, String sha256) {
        this.name = name;
        this.bytes = bytes;
        this.detected = detected;
        this.sha256 = sha256;
    }

    /** The media type the bytes are (not yet checked against the allow-list: {@link ServerUploads#keep} does). */
    public String mediaType() {
        return detected.getBaseType().toString();
    }

    /** The same bytes, to be kept under another name (one whose extension says what they are, say). */
    public FileBytes named(String other) {
        return new FileBytes(other, bytes, detected, sha256);
    }
}
