package org.renrentong.resource;

/** What other parts learn about resources, after the change is committed. */
public final class ResourceEvents {

    private ResourceEvents() {
    }

    /** A resource's published state, metadata or use counts changed: the search index follows. */
    public record Changed(long resourceId) {
    }
}
