package org.renrentong.resource;

import java.time.Instant;
import java.util.List;
import org.renrentong.identity.MaskedName;

/** A comment on a resource; shown to all once approved by the owner or a reviewer. */
public record Comment(long id, long resourceId, long authorId, String authorName, String body, Status status,
                      List<String> flaggedWords, Instant createdAt) {

    /** The same comment with its author's name masked, as visitors see a minor's. */
    Comment withMaskedAuthor() {
        return new Comment(id, resourceId, authorId, MaskedName.of(authorName), body, status, flaggedWords, createdAt);
    }

    public enum Status {
        PENDING, APPROVED, REJECTED
    }
}
