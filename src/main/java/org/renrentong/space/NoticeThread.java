package org.renrentong.space;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A private thread on a class notice between one addressee ({@code personId}, e.g. a guardian) and those who manage
 * the class; nobody else reads it.
 */
public record NoticeThread(long personId, String personName, List<Reply> replies) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    /** One message of a thread; {@code personId} names the thread it belongs to. */
    public record Reply(long id, long personId, long authorId, String authorName, String body, Instant createdAt) {

        /** Stored in UTC, shown in China time. */
        public String shownAt() {
            return SHOWN.format(createdAt);
        }
    }
}
