package org.renrentong.space;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** A post as readers see it: plain text (rendered escaped), its author's name and its images' ids. */
public record PostView(long id, long spaceId, PostKind kind, long authorId, String authorName, String body,
                       Instant createdAt, List<Long> imageIds) {

    private static final ZoneId SHOWN_IN = ZoneId.of("Asia/Shanghai");

    /** Stored in UTC, shown in China time. */
    public ZonedDateTime localTime() {
        return createdAt.atZone(SHOWN_IN);
    }
}
