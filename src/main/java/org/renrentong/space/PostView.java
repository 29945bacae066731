package org.renrentong.space;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A post as readers see it: plain text (rendered escaped), its author's name and its images' ids. */
public record PostView(long id, long spaceId, PostKind kind, long authorId, String authorName, String body,
                       Instant createdAt, List<Long> imageIds) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    /** Stored in UTC, shown in China time. */
    public String shownAt() {
        return SHOWN.format(createdAt);
    }
}
