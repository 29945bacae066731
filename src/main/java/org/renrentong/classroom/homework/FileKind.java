package org.renrentong.classroom.homework;

/** What a file of a submission is: a photo (of handwritten work, usually), a recording, or another file. */
public enum FileKind {
    PHOTO, AUDIO, FILE;

    static FileKind of(String mediaType) {
        return mediaType.startsWith("image/") ? PHOTO : mediaType.startsWith("audio/") ? AUDIO : FILE;
    }
}
