package org.renrentong.federation.harvest;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds and pace of harvesting: timeouts of a request (connect; the whole answer), the largest answer and record,
 * the clock skew a source's datestamps may have, the most pages of one run (no endless list), the lease that keeps
 * a run to one node, the back-off after a failure (doubling from the first, up to the cap), how often due sources
 * are looked for and how many run at once on this node.
 */
@ConfigurationProperties(prefix = "renrentong.harvest")
record HarvestSettings(
        @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("60s") Duration readTimeout,
        @DefaultValue("33554432") long maxPageBytes,
        @DefaultValue("200000") int maxRecordChars,
        @DefaultValue("5m") Duration clockSkew,
        @DefaultValue("100000") int maxPagesPerRun,
        @DefaultValue("3m") Duration lease,
        @DefaultValue("1m") Duration firstBackOff,
        @DefaultValue("24h") Duration maxBackOff,
        @DefaultValue("30s") Duration scheduleCheck,
        @DefaultValue("2") int workers) {

    /** The wait after the n-th failure in a row (n ≥ 1): the first back-off doubled n - 1 times, capped. */
    Duration backOff(int failures) {
        int doublings = Math.min(Math.max(failures - 1, 0), 30);
        Duration wait = firstBackOff.multipliedBy(1L << doublings);
        return wait.compareTo(maxBackOff) > 0 || wait.isNegative() ? maxBackOff : wait;
    }
}
