package org.renrentong.audit;

import java.time.Instant;

/**
 * One audited act: who (as which role), what, on which target, with what result, and where the target lives
 * (region path and school) so that it can be read back only within that scope.
 */
public record AuditEvent(
        Long actorId, String actorAccount, String actorRole,
        String action, String targetType, String targetId, Result result,
        String regionPath, Long schoolId, String detail) {

    public enum Result { SUCCESS, FAILURE, DENIED }

    /** A row read back from the log. */
    public record Entry(long id, Instant at, String actorAccount, String actorRole, String action,
                        String targetType, String targetId, Result result, String ip, String detail) {
    }
}
