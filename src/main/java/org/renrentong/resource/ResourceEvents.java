package org.renrentong.resource;

/** What other parts learn about resources, after the change is committed. */
public final class ResourceEvents {

    private ResourceEvents() {
    }

    /** A resource's published state or metadata changed: the search index follows at once. */
    public record Changed(long resourceId) {
    }

    /** A resource's use counts or rating changed: the search index follows after commit. */
    public record Used(long resourceId) {
    }

    // facts for other modules and nodes, each written to the change log in its transaction (see ResourceChanges)

    /** A resource was contributed (a first draft). */
    public record Created(long resourceId) {
    }

    /** A resource was published: it can now be found, and harvested. */
    public record Published(long resourceId) {
    }

    /** A published resource left publication: withdrawn by its owner or retired by a reviewer. */
    public record Withdrawn(long resourceId) {
    }
}
