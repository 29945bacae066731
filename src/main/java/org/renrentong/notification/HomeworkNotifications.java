package org.renrentong.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.renrentong.classroom.HomeworkEvents;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells students of homework assigned to them, of the due time drawing near while they have not handed in, and of
 * their work graded or returned; guardians learn of their child's grades. Each source key names the fact, so a
 * repeated delivery notifies once.
 */
@Component
class HomeworkNotifications {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final Inbox inbox;

    HomeworkNotifications(Inbox inbox) {
        this.inbox = inbox;
    }

    @ApplicationModuleListener
    void on(HomeworkEvents.Assigned e) {
        for (long student : e.studentIds()) {
            inbox.deliver(new NewNotification(student, NotificationKind.HOMEWORK_ASSIGNED,
                    "notification.homework.assigned", List.of(e.title(), DUE.format(e.dueAt())), Target.HOMEWORK,
                    String.valueOf(e.homeworkId()), "homework:" + e.homeworkId()));
        }
    }

    @ApplicationModuleListener
    void on(HomeworkEvents.ReminderDue e) {
        for (long student : e.studentIds()) {
            inbox.deliver(new NewNotification(student, NotificationKind.HOMEWORK_REMINDER,
                    "notification.homework.reminder", List.of(e.title(), DUE.format(e.dueAt())), Target.HOMEWORK,
                    String.valueOf(e.homeworkId()), "homework-reminder:" + e.homeworkId() + ":" + e.leadMinutes()));
        }
    }

    @ApplicationModuleListener
    void on(HomeworkEvents.Graded e) {
        String source = "homework-graded:" + e.submissionId() + ":" + e.gradedAt().toEpochMilli();
        inbox.deliver(new NewNotification(e.studentId(), NotificationKind.HOMEWORK_GRADED,
                "notification.homework.graded", List.of(e.title()), Target.HOMEWORK,
                String.valueOf(e.homeworkId()), source));
        for (long guardian : e.guardianIds()) {
            inbox.deliver(new NewNotification(guardian, NotificationKind.HOMEWORK_GRADED,
                    "notification.homework.childGraded", List.of(e.studentName(), e.title()), Target.HOMEWORK,
                    String.valueOf(e.homeworkId()), source));
        }
    }

    @ApplicationModuleListener
    void on(HomeworkEvents.Returned e) {
        inbox.deliver(new NewNotification(e.studentId(), NotificationKind.HOMEWORK_RETURNED,
                "notification.homework.returned", List.of(e.title()), Target.HOMEWORK,
                String.valueOf(e.homeworkId()), "homework-returned:" + e.submissionId() + ":"
                        + e.returnedAt().toEpochMilli()));
    }
}
