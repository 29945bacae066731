package org.renrentong.notification;

import java.util.Locale;
import org.renrentong.shared.PublicLinks;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a notification, and sends it on by the channels its person chose for its kind. A fact told twice (the
 * same event delivered again after a crash) is written and sent once.
 */
@Component
class Inbox {

    /** The language of texts that leave the node (the unsuffixed bundles); the bell renders per reader instead. */
    private static final Locale DEFAULT_LANGUAGE = Locale.SIMPLIFIED_CHINESE;

    private final NotificationRepository notifications;
    private final PreferenceRepository preferences;
    private final NotificationSender sender;
    private final MessageSource messages;
    private final PublicLinks links;

    Inbox(NotificationRepository notifications, PreferenceRepository preferences, NotificationSender sender,
          MessageSource messages, PublicLinks links) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.sender = sender;
        this.messages = messages;
        this.links = links;
    }

    void deliver(NewNotification n) {
        if (notifications.insert(n).isEmpty()) {
            return;
        }
        Preference chosen = preferences.of(n.personId(), n.kind());
        if (!chosen.email() && !chosen.sms()) {
            return;
        }
        String text = messages.getMessage(n.messageKey(), n.args().toArray(), n.messageKey(), DEFAULT_LANGUAGE);
        String link = links.to(n.target().path(n.targetId()));
        if (chosen.email()) {
            sender.send(Channel.EMAIL, n.personId(), n.kind(), text, link);
        }
        if (chosen.sms()) {
            sender.send(Channel.SMS, n.personId(), n.kind(), text, link);
        }
    }
}
