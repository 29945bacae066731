package org.renrentong.notification;

import java.util.ArrayList;
import java.util.List;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.shared.Bookkeeping;
import org.renrentong.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own notifications: the list (unread first, then read, each newest first, by keyset), the unread count
 * for the bell, and their read state. Nobody reads or marks another's: every query names the actor. Texts are
 * written in the language of the current request.
 */
@Service
public class Notifications {

    /** The bell counts no further (it shows "99+"), so the count stays cheap whatever piles up. */
    public static final int MAX_COUNTED = 100;
    static final int PAGE = 20;
    static final int MAX_PAGE = 100;

    private final NotificationRepository notifications;
    private final NotificationPolicy policy;
    private final AuditLog audit;
    private final MessageSource messages;

    Notifications(NotificationRepository notifications, NotificationPolicy policy, AuditLog audit,
                  MessageSource messages) {
        this.notifications = notifications;
        this.policy = policy;
        this.audit = audit;
        this.messages = messages;
    }

    /** One page after the cursor (null for the first): "U<id>" continues the unread part, "R<id>" the read one. */
    public NotificationPage page(Actor actor, String cursor, int limit) {
        long me = policy.owner(actor);
        if (limit < 1 || limit > MAX_PAGE) {
            throw DomainException.invalid("notification.limit.invalid", MAX_PAGE);
        }
        Cursor at = Cursor.parse(cursor);
        List<NotificationRepository.Row> rows = new ArrayList<>();
        if (at.unread()) {
            rows.addAll(notifications.unread(me, at.beforeId(), limit + 1));
        }
        boolean readPart = !at.unread() || rows.size() <= limit;
        if (readPart) {
            long before = at.unread() ? Long.MAX_VALUE : at.beforeId();
            rows.addAll(notifications.read(me, before, limit + 1 - rows.size()));
        }
        boolean more = rows.size() > limit;
        List<NotificationRepository.Row> page = more ? rows.subList(0, limit) : rows;
        String next = null;
        if (more) {
            NotificationRepository.Row last = page.get(page.size() - 1);
            next = (last.readAt() == null ? "U" : "R") + last.id();
        }
        return new NotificationPage(page.stream().map(this::shown).toList(),
                notifications.unreadCount(me, MAX_COUNTED), next);
    }

    /** How many unread, up to {@link #MAX_COUNTED}: one small index scan, cheap enough for every page. */
    public long unreadCount(Actor actor) {
        return notifications.unreadCount(policy.owner(actor), MAX_COUNTED);
    }

    /**
     * Opens one: marks it read and answers where it leads. Read state is bookkeeping, like a visit: opening a
     * notification is not audited (marking all read is).
     */
    @Bookkeeping
    @Transactional
    public String open(Actor actor, long id) {
        NotificationRepository.Row row = own(actor, id);
        notifications.markRead(actor.personId(), id);
        return row.target().path(row.targetId());
    }

    /** Marks one read without opening it; bookkeeping as {@link #open} is. */
    @Bookkeeping
    @Transactional
    public Notification markRead(Actor actor, long id) {
        own(actor, id);
        notifications.markRead(actor.personId(), id);
        return shown(own(actor, id));
    }

    /** Marks all of the actor's unread notifications read; audited, with how many. */
    @Transactional
    public int markAllRead(Actor actor) {
        long me = policy.owner(actor);
        int marked = notifications.markAllRead(me);
        audit.record(actor.audited("NOTIFICATIONS_READ", "person", me, actor.regionPath(), actor.schoolId(), marked));
        return marked;
    }

    private NotificationRepository.Row own(Actor actor, long id) {
        return notifications.find(policy.owner(actor), id)
                .orElseThrow(() -> DomainException.notFound("notification.unknown"));
    }

    private Notification shown(NotificationRepository.Row row) {
        String text = messages.getMessage(row.messageKey(), row.args().toArray(), row.messageKey(),
                LocaleContextHolder.getLocale());
        return new Notification(row.id(), row.kind(), text, row.target().path(row.targetId()), row.createdAt(),
                row.readAt());
    }

    /** Where a page starts: in the unread part (first page: before any id) or in the read part. */
    private record Cursor(boolean unread, long beforeId) {

        static Cursor parse(String cursor) {
            if (cursor == null || cursor.isEmpty()) {
                return new Cursor(true, Long.MAX_VALUE);
            }
            char part = cursor.charAt(0);
            String id = cursor.substring(1);
            if ((part != 'U' && part != 'R') || !id.matches("[0-9]{1,18}")) {
                throw DomainException.invalid("notification.cursor.invalid");
            }
            return new Cursor(part == 'U', Long.parseLong(id));
        }
    }
}
