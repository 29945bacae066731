package org.renrentong.outbox;

/** Where an undelivered publication stands: still on its way, or failed and waiting to be tried again. */
public enum OutboxStatus {
    PENDING, FAILED
}
