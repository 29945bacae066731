package org.renrentong.federation.harvest;

import java.time.Instant;

/**
 * An OAI-PMH source this node harvests, with where its harvest stands.
 *
 * @param nodeCode        the child node's code (its requests are signed), or null for an external source
 * @param harvestedFrom   where the next run starts: the highest datestamp of the last complete run (asked again,
 *                        since datestamps are whole seconds), or null for everything
 * @param runId           the run in progress (null between runs), which goes on from {@code resumptionToken}
 * @param runFrom         the from of the run in progress, where it restarts when its token expired
 * @param runHighest      the highest datestamp committed in the run in progress
 * @param copyFiles       whether the files of its records are copied to this node
 */
public record HarvestSource(long id, String name, String baseUrl, String metadataPrefix, String setSpec,
                            int intervalMinutes, SourceState state, String nodeCode, Instant harvestedFrom,
                            Long runId, Instant runFrom, String resumptionToken, Instant runHighest,
                            Instant nextRunAt, int failures, Instant leasedUntil, boolean copyFiles) {

    public boolean child() {
        return nodeCode != null;
    }

    /** Whether a run was cut off and goes on from its last committed page. */
    public boolean inProgress() {
        return runId != null;
    }
}
