package org.renrentong.resource;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One entry of the change log: its place in commit order, the resource, what happened, the resource's status and
 * version after it, and when (UTC, to the microsecond).
 */
public record ResourceChange(long seq, long resourceId, ChangeKind kind, ReviewStatus status, int version,
                             Instant changedAt) {

    /** The time in whole seconds, as OAI-PMH datestamps give it. */
    public Instant datestamp() {
        return changedAt.truncatedTo(ChronoUnit.SECONDS);
    }
}
