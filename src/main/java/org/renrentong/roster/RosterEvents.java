package org.renrentong.roster;

import java.util.List;
import java.util.UUID;

/** What other parts learn about roster imports, published in the transaction that ends the job. */
public final class RosterEvents {

    private RosterEvents() {
    }

    /** An import job wrote its rows: {@code requestedBy} is the person who started it. */
    public record ImportFinished(UUID jobId, long requestedBy, long schoolId, long created, long updated) {
    }

    /**
     * An import job ended without writing anything ({@code status} REJECTED or FAILED); the reason is a message
     * key of the roster bundles with its arguments.
     */
    public record ImportFailed(UUID jobId, long requestedBy, long schoolId, String status, String reasonKey,
                               List<String> reasonArgs) {
    }
}
