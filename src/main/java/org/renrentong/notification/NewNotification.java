package org.renrentong.notification;

import java.util.List;

/**
 * A notification to write: to whom, of which kind, its message (key and arguments, rendered when read), what it
 * links to, and the fact it reports ({@code source}), which makes a repeated delivery of one event harmless.
 */
record NewNotification(long personId, NotificationKind kind, String messageKey, List<String> args, Target target,
                       String targetId, String source) {
}
