package org.renrentong.notification;

/** Whether notifications of one kind also reach the person by e-mail and by SMS (the bell always shows them). */
public record Preference(NotificationKind kind, boolean email, boolean sms) {

    static Preference bellOnly(NotificationKind kind) {
        return new Preference(kind, false, false);
    }
}
