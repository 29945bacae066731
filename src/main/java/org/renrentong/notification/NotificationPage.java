package org.renrentong.notification;

import java.util.List;

/**
 * One page of a person's notifications, unread first, each part newest first; {@code unread} counts the unread
 * ones up to {@link Notifications#MAX_COUNTED}; {@code next} is the cursor of the next page (null on the last).
 */
public record NotificationPage(List<Notification> items, long unread, String next) {
}
