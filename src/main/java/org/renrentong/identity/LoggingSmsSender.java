package org.renrentong.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * FOR DEVELOPMENT ONLY, never in production: "sends" a message by writing it, code included, to the log. Switched on
 * with {@code renrentong.sms.gateway=logging}.
 */
@Component
@ConditionalOnProperty(name = "renrentong.sms.gateway", havingValue = "logging")
class LoggingSmsSender implements SmsSender {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingSmsSender.class);

    LoggingSmsSender() {
        LOG.warn("SMS messages are written to the log (renrentong.sms.gateway=logging): for development only, "
                + "never in production");
    }

    @Override
    public void send(String phone, String text) {
        LOG.warn("[development SMS, not sent] to {}: {}", phone, text);
    }
}
