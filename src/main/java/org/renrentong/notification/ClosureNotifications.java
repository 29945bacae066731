package org.renrentong.notification;

import java.util.List;
import org.renrentong.classroom.ClosureEvents;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the teachers, students and guardians of a school that a closure covering it began (lessons move to the
 * online schedule) or was ended early. Each source key names the fact, so a repeated delivery notifies once.
 */
@Component
class ClosureNotifications {

    private final Inbox inbox;

    ClosureNotifications(Inbox inbox) {
        this.inbox = inbox;
    }

    @ApplicationModuleListener
    void on(ClosureEvents.Started e) {
        List<String> args = List.of(e.placeName(), e.firstDay().toString(), e.lastDay().toString(), e.reason());
        for (long person : e.personIds()) {
            inbox.deliver(new NewNotification(person, NotificationKind.CLOSURE, "notification.closure.started", args,
                    Target.CLOSURE, String.valueOf(e.closureId()), "closure-started:" + e.closureId()));
        }
    }

    @ApplicationModuleListener
    void on(ClosureEvents.Ended e) {
        List<String> args = List.of(e.placeName(), e.endedOn().toString());
        for (long person : e.personIds()) {
            inbox.deliver(new NewNotification(person, NotificationKind.CLOSURE, "notification.closure.ended", args,
                    Target.CLOSURE, String.valueOf(e.closureId()), "closure-ended:" + e.closureId()));
        }
    }
}
