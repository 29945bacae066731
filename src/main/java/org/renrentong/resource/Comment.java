package org.renrentong.resource;

import java.time.Instant;
import java.util.List;

/** A comment on a resource; shown to all once approved by the owner or a reviewer. */
public record Comment(long id, long resourceId, long authorId, String authorName, String body, Status status,
                      List<String> flaggedWords, Instant createdAt) {

    public enum Status {
        PENDING, APPROVED, REJECTED
    }
}
