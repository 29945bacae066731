package org.renrentong.notification;

/** The ways a notification may also reach a person, besides the bell. */
public enum Channel {
    EMAIL, SMS
}
