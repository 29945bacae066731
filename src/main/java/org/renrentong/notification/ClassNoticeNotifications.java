package org.renrentong.notification;

import java.util.List;
import org.renrentong.space.ClassNoticeEvents;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Class notices in the bell: a new notice for its addressees, a teacher's reminder for those who have not read it,
 * and a private reply for the other side of the thread. Durable, like {@link NotificationListeners}: each source
 * key names one fact, so a second delivery writes nothing.
 */
@Component
class ClassNoticeNotifications {

    private final Inbox inbox;

    ClassNoticeNotifications(Inbox inbox) {
        this.inbox = inbox;
    }

    @ApplicationModuleListener
    void on(ClassNoticeEvents.NoticePosted e) {
        for (long person : e.addressees()) {
            inbox.deliver(new NewNotification(person, NotificationKind.CLASS_NOTICE, "notification.notice.posted",
                    List.of(e.className(), e.excerpt()), Target.NOTICE, String.valueOf(e.noticeId()),
                    "notice:" + e.noticeId()));
        }
    }

    @ApplicationModuleListener
    void on(ClassNoticeEvents.ReminderSent e) {
        for (long person : e.addressees()) {
            inbox.deliver(new NewNotification(person, NotificationKind.CLASS_NOTICE_REMINDER,
                    "notification.notice.reminder", List.of(e.className(), e.excerpt()), Target.NOTICE,
                    String.valueOf(e.noticeId()),
                    "notice-reminder:" + e.noticeId() + ":" + e.remindedAt().toEpochMilli()));
        }
    }

    @ApplicationModuleListener
    void on(ClassNoticeEvents.ReplyPosted e) {
        inbox.deliver(new NewNotification(e.recipientId(), NotificationKind.CLASS_NOTICE_REPLY,
                "notification.notice.reply", List.of(e.authorName(), e.excerpt()), Target.NOTICE,
                String.valueOf(e.noticeId()), "notice-reply:" + e.replyId()));
    }
}
