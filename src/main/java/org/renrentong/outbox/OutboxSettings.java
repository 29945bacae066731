package org.renrentong.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How events are delivered: the pool of listener threads and its queue; when an undelivered publication is tried
 * again (first after {@code redeliverAfter}, then after a back-off that doubles with each attempt up to
 * {@code maxBackoff}), how often the outbox is looked at, and how many are tried again at once.
 * {@code testDeliveryDelay} holds every delivery back, for a test that kills the node between commit and delivery.
 */
@ConfigurationProperties("renrentong.events")
record OutboxSettings(@DefaultValue("8") int threads,
                      @DefaultValue("10000") int queue,
                      @DefaultValue("PT1M") Duration redeliverAfter,
                      @DefaultValue("PT1H") Duration maxBackoff,
                      @DefaultValue("500") int redeliveryBatch,
                      @DefaultValue("0s") Duration testDeliveryDelay) {
}
