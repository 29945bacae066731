package org.renrentong.space;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.renrentong.shared.DomainException;

/** Reading what notice forms send: a deadline picked in China time (a datetime-local field) is stored in UTC. */
final class NoticeForms {

    private static final ZoneId SHOWN = ZoneId.of("Asia/Shanghai");

    private NoticeForms() {
    }

    /** "2026-12-07T18:00" in China time; blank for none; anything else refused plainly. */
    static Instant deadline(String picked) {
        if (picked == null || picked.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(picked.strip()).atZone(SHOWN).toInstant();
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("notice.deadline.format");
        }
    }
}
