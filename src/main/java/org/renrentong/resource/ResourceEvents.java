package org.renrentong.resource;

/** What other parts learn about resources, after the change is committed. */
public final class ResourceEvents {

    private ResourceEvents() {
    }

    /** A resource's published state or metadata changed: the search index follows at once. */
    public record Changed(long resourceId) {
    }

    /** A resource's use counts or rating changed: the search index follows within seconds, in a batch. */
    public record Used(long resourceId) {
    }
}
