package org.renrentong.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Until a mail and SMS gateway is connected: writes what would be sent to the log (no address, no secret). */
@Component
@ConditionalOnProperty(name = "renrentong.notification.sender", havingValue = "logging", matchIfMissing = true)
class LoggingNotificationSender implements NotificationSender {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingNotificationSender.class);

    @Override
    public void send(Channel channel, long personId, NotificationKind kind, String text, String link) {
        LOG.info("[notification by {}, not sent] to person {} ({}): {} {}", channel, personId, kind, text, link);
    }
}
