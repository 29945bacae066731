package org.renrentong.resource;

/** What other parts learn about resources, after the change is committed. */
public final class ResourceEvents {

    private ResourceEvents() {
    }

    /** A resource's published state or metadata changed: the search index follows at once. */
    public record Changed(long resourceId) {
    }

    /**
     * A reviewer (not the owner) took a review decision on a resource: {@code decision} is the status it moved to
     * (PUBLISHED, REJECTED, RETIRED), {@code reason} the reviewer's words (empty when none were given).
     */
    public record ReviewDecided(long resourceId, int version, long ownerId, String title, String decision,
                                String reason, java.time.Instant decidedAt) {
    }

    /**
     * A comment on a resource awaits moderation; {@code moderatorIds} are the people told of it: the resource's
     * owner and the experts whose assignments cover it, never the comment's author.
     */
    public record CommentAwaitingModeration(long commentId, long resourceId, String title,
                                            java.util.List<Long> moderatorIds) {
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
