package org.renrentong.outbox;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * One event waiting in the outbox for one listener: pending (not delivered yet, or being delivered) or failed (its
 * listener threw, or its delivery got stuck), with how often it was tried and when last.
 *
 * @param typeKey the message key naming the event in plain words ({@code event.<module>.<Events>.<Name>})
 */
public record Publication(UUID id, String eventType, String typeKey, String listener, Instant publishedAt,
                          int attempts, Instant lastTry, OutboxStatus status) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    /** The key of the next page when this is the last of one: its publication time (to the microsecond) and id. */
    String key() {
        return publishedAt + "~" + id;
    }

    /** Stored in UTC, shown in China time. */
    public String shownPublishedAt() {
        return SHOWN.format(publishedAt);
    }

    public String shownLastTry() {
        return lastTry == null ? "" : SHOWN.format(lastTry);
    }

    /** {@code org.renrentong.resource.ResourceEvents$Changed} → {@code event.resource.ResourceEvents.Changed}. */
    static String typeKey(String eventType) {
        return "event." + eventType.replaceFirst("^org\\.renrentong\\.", "").replace('$', '.');
    }
}
