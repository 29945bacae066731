package org.renrentong.federation.harvest;

import java.time.Duration;
import java.time.Instant;

/**
 * One run of a source's harvest with its figures; a running one's figures grow with each stored page.
 *
 * @param records the records stored (new, changed or unchanged), not counting the deleted and the skipped ones
 * @param skipped the records passed over because this node is their origin (they came back through a loop)
 */
public record HarvestRun(long id, Status status, Instant from, int pages, int records, int deleted, int skipped,
                         Instant startedAt, Instant updatedAt, Instant finishedAt) {

    public enum Status { RUNNING, DONE, FAILED }

    /** Records per second from the start to the last stored page. */
    public long rate() {
        long millis = Duration.between(startedAt, updatedAt).toMillis();
        return millis <= 0 ? 0 : records * 1000L / millis;
    }

    /** When it started, in China time. */
    public String startedShown() {
        return HarvestError.SHOWN.format(startedAt);
    }

    public boolean running() {
        return status == Status.RUNNING;
    }
}
