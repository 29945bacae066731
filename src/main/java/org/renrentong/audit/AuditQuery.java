package org.renrentong.audit;

import java.time.Instant;

/**
 * A search of the audit log. {@code regionPath} and {@code schoolId} bound the scope and are set by the caller
 * from the reader's own scope, never from user input; the other fields are the user's filters.
 */
public record AuditQuery(String regionPath, Long schoolId, String actorAccount, String action,
                         Instant from, Instant to, Long beforeId, int limit) {
}
