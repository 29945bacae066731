package org.renrentong.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One notification as its reader sees it: the text already in the reader's language and the link to the thing it
 * is about (a path on this node). {@code readAt} is null while unread.
 */
public record Notification(long id, NotificationKind kind, String text, String url, Instant createdAt,
                           Instant readAt) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    public boolean unread() {
        return readAt == null;
    }

    /** Stored in UTC, shown in China time. */
    public String shownAt() {
        return SHOWN.format(createdAt);
    }
}
