package org.renrentong.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers failed publications again: a listener that threw, or one whose delivery got stuck (the staleness
 * settings of {@code spring.modulith.events.staleness} mark those failed). Each try waits longer than the last
 * ({@code completion_attempts} counts them), so a listener that keeps failing does not hammer what it calls.
 * Publications left over by a crash are delivered again at the next start as well
 * ({@code republish-outstanding-events-on-restart}).
 */
@Component
class Redelivery {

    private final IncompleteEventPublications incomplete;
    private final OutboxSettings settings;
    private final Clock clock;

    Redelivery(IncompleteEventPublications incomplete, OutboxSettings settings) {
        this.incomplete = incomplete;
        this.settings = settings;
        this.clock = Clock.systemUTC();
    }

    @Scheduled(initialDelayString = "${renrentong.events.redelivery-interval:PT30S}",
            fixedDelayString = "${renrentong.events.redelivery-interval:PT30S}")
    void redeliver() {
        Instant now = clock.instant();
        incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults()
                .withMinAge(settings.redeliverAfter()).withBatchSize(settings.redeliveryBatch())
                .withMaxInFlight(settings.redeliveryBatch()).withFilter(p -> due(p, now)));
    }

    /** Due once the back-off after its last try (or its publication) has passed. */
    boolean due(EventPublication p, Instant now) {
        Instant last = p.getLastResubmissionDate() == null ? p.getPublicationDate() : p.getLastResubmissionDate();
        return !last.plus(backoff(p.getCompletionAttempts())).isAfter(now);
    }

    /** The wait after so many tries: {@code redeliverAfter}, doubled each time, at most {@code maxBackoff}. */
    Duration backoff(int attempts) {
        Duration wait = settings.redeliverAfter();
        for (int i = 1; i < attempts && wait.compareTo(settings.maxBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(settings.maxBackoff()) < 0 ? wait : settings.maxBackoff();
    }
}
