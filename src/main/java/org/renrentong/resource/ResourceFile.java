package org.renrentong.resource;

/** A file of the current version of a resource, with what the stored file says about its bytes. */
public record ResourceFile(long fileId, FileRole role, String name, String mediaType, long size, String sha256) {

    public boolean pdf() {
        return "application/pdf".equals(mediaType);
    }

    public boolean video() {
        return mediaType != null && mediaType.startsWith("video/");
    }

    public boolean audio() {
        return mediaType != null && mediaType.startsWith("audio/");
    }

    public boolean image() {
        return mediaType != null && mediaType.startsWith("image/");
    }
}
