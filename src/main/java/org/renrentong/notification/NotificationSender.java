package org.renrentong.notification;

/**
 * Sends a notification by e-mail or SMS to a person who chose that channel for its kind. The node ships only a
 * logging implementation; a real gateway is a bean implementing this interface with
 * {@code renrentong.notification.sender} set to anything but {@code logging}. It resolves the person's address
 * itself.
 */
public interface NotificationSender {

    /** {@code text} is in the node's default language; {@code link} is absolute, at the node's public address. */
    void send(Channel channel, long personId, NotificationKind kind, String text, String link);
}
