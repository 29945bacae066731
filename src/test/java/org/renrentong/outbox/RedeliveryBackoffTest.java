package org.renrentong.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.EventPublication;

/** Each failed try waits twice as long as the one before, up to the ceiling. */
class RedeliveryBackoffTest {

    private final Redelivery redelivery = new Redelivery(null,
            new OutboxSettings(4, 100, Duration.ofMinutes(1), Duration.ofMinutes(10), 500, Duration.ZERO));

    @Test
    void theWaitDoublesWithEachAttemptUpToTheCeiling() {
        assertThat(redelivery.backoff(0)).isEqualTo(Duration.ofMinutes(1));
        assertThat(redelivery.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(redelivery.backoff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(redelivery.backoff(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(redelivery.backoff(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(redelivery.backoff(5)).isEqualTo(Duration.ofMinutes(10));
        assertThat(redelivery.backoff(50)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aPublicationIsDueOnceItsBackoffSinceTheLastTryHasPassed() {
        Instant published = Instant.parse("2026-01-01T00:00:00Z");
        Instant lastTry = published.plus(Duration.ofMinutes(5));
        assertThat(redelivery.due(publication(published, null, 0), published.plusSeconds(59))).isFalse();
        assertThat(redelivery.due(publication(published, null, 0), published.plusSeconds(60))).isTrue();
        // three tries so far: the next waits four minutes after the last
        assertThat(redelivery.due(publication(published, lastTry, 3), lastTry.plusSeconds(239))).isFalse();
        assertThat(redelivery.due(publication(published, lastTry, 3), lastTry.plusSeconds(240))).isTrue();
    }

    private static EventPublication publication(Instant published, Instant lastTry, int attempts) {
        return new EventPublication() {
            public UUID getIdentifier() {
                return UUID.randomUUID();
            }

            public Object getEvent() {
                return "event";
            }

            public Instant getPublicationDate() {
                return published;
            }

            public Optional<Instant> getCompletionDate() {
                return Optional.empty();
            }

            public Status getStatus() {
                return Status.FAILED;
            }

            public Instant getLastResubmissionDate() {
                return lastTry;
            }

            public int getCompletionAttempts() {
                return attempts;
            }
        };
    }
}
