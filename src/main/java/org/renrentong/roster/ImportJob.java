package org.renrentong.roster;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An import job as its page and the API show it. {@code messageKey} (with {@code messageArgs}) explains a rejected
 * or failed job as a whole; row errors are read separately.
 */
public record ImportJob(UUID id, long schoolId, String schoolName, String fileName, ImportStatus status,
                        Long totalRows, long processedRows, int progress, long errorCount, long createdRows,
                        long updatedRows, int createdClasses, long linkedGuardians, long invitedGuardians,
                        String messageKey,
                        List<String> messageArgs, Instant createdAt, Instant finishedAt) {

    /** Rejected because of row errors, rather than a problem with the file as a whole. */
    public boolean hasRowErrors() {
        return status == ImportStatus.REJECTED && errorCount > 0;
    }
}
