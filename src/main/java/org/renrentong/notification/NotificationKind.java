package org.renrentong.notification;

/** What a notification is about; a person chooses per kind whether it also reaches them by e-mail or SMS. */
public enum NotificationKind {
    REVIEW_DECIDED, COMMENT_AWAITING_MODERATION, IMPORT_FINISHED, IMPORT_FAILED, GUARDIAN_CONSENT_ASKED,
    APP_PROVIDER_VETTED, APP_DECIDED, CLASS_NOTICE, CLASS_NOTICE_REMINDER, CLASS_NOTICE_REPLY,
    HOMEWORK_ASSIGNED, HOMEWORK_GRADED, HOMEWORK_RETURNED, HOMEWORK_REMINDER, CLOSURE
}
