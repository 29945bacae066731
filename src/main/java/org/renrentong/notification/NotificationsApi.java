package org.renrentong.notification;

import java.util.List;
import org.renrentong.identity.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own notifications (unread first, by cursor), their unread count, read state and channel choices. */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationsApi {

    private final Notifications notifications;
    private final NotificationPreferences preferences;

    NotificationsApi(Notifications notifications, NotificationPreferences preferences) {
        this.notifications = notifications;
        this.preferences = preferences;
    }

    /** The unread count, up to {@link Notifications#MAX_COUNTED}. */
    record UnreadCount(long unread) {
    }

    record MarkedRead(int marked) {
    }

    @GetMapping
    NotificationPage list(Actor me, @RequestParam(required = false) String cursor,
                          @RequestParam(defaultValue = "" + Notifications.PAGE) int limit) {
        return notifications.page(me, cursor, limit);
    }

    @GetMapping("/unread-count")
    UnreadCount unread(Actor me) {
        return new UnreadCount(notifications.unreadCount(me));
    }

    @PostMapping("/{id}/read")
    Notification read(Actor me, @PathVariable long id) {
        return notifications.markRead(me, id);
    }

    @PostMapping("/read-all")
    MarkedRead readAll(Actor me) {
        return new MarkedRead(notifications.markAllRead(me));
    }

    @GetMapping("/preferences")
    List<Preference> preferences(Actor me) {
        return preferences.of(me);
    }

    @PutMapping("/preferences")
    List<Preference> choose(Actor me, @RequestBody List<Preference> choices) {
        return preferences.save(me, choices);
    }
}
