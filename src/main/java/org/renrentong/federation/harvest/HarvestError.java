package org.renrentong.federation.harvest;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A failed page of a source: its URL and resumption token, the reason (a message key's last part) and detail. */
public record HarvestError(long id, Instant at, String url, String resumptionToken, String reason, String detail) {

    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    /** When it happened, in China time. */
    public String atShown() {
        return SHOWN.format(at);
    }
}
