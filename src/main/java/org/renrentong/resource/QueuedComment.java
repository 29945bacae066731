package org.renrentong.resource;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A pending comment in the moderation queue, with the title of its resource. */
public record QueuedComment(long id, long resourceId, String resourceTitle, String authorName, String body,
                            List<String> flaggedWords, Instant createdAt) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    /** Stored in UTC, shown in China time. */
    public String shownAt() {
        return SHOWN.format(createdAt);
    }
}
