package org.renrentong.space;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.shared.Bookkeeping;
import org.renrentong.shared.DomainException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Class notices after they are posted: opening one (which marks it read for an addressee), the receipts and
 * reminders for those who manage the class, answers to a 回执 or a choice, and the private threads.
 */
@Service
public class ClassNotices {

    static final int MAX_REPLY = 1000;
    private static final int EXCERPT = 30;

    private final SpaceReader reader;
    private final SpacePolicy policy;
    private final PostRepository posts;
    private final NoticeRepository notices;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Duration reminderInterval;

    ClassNotices(SpaceReader reader, SpacePolicy policy, PostRepository posts, NoticeRepository notices,
                 AuditLog audit, ApplicationEventPublisher events,
                 @Value("${renrentong.notices.reminder-interval}") Duration reminderInterval) {
        this.reader = reader;
        this.policy = policy;
        this.posts = posts;
        this.notices = notices;
        this.audit = audit;
        this.events = events;
        this.reminderInterval = reminderInterval;
    }

    /**
     * A notice for its reader; an addressee's first opening marks it read. Read state is bookkeeping, like a
     * visit: opening is not audited.
     */
    @Bookkeeping
    @Transactional
    public NoticeView open(Actor viewer, long noticeId) {
        PostView post = notice(noticeId);
        Space space = reader.space(post.spaceId());
        Permissions can = policy.requireNoticeReader(viewer, space);
        NoticeDetails details = notices.details(noticeId).orElse(null);
        if (details == null) {
            return new NoticeView(post, space.title(), null, false, false, null, null, false, List.of());
        }
        boolean addressed = SpacePolicy.addressed(viewer, space, details.audience());
        if (addressed) {
            notices.markRead(noticeId, viewer.personId());
        }
        NoticeRepository.Answer mine = addressed ? notices.answerOf(noticeId, viewer.personId()).orElse(null) : null;
        List<NoticeThread> threads = can.manage() ? threads(noticeId, null, space)
                : addressed ? threads(noticeId, viewer.personId(), space) : List.of();
        return new NoticeView(post, space.title(), details, addressed, can.manage(),
                mine == null ? null : mine.choice(), mine == null ? null : mine.answeredAt(),
                addressed && details.open(Instant.now()), threads);
    }

    /** Who has read it and what each answered: for those who manage the class. */
    public Receipts receipts(Actor actor, long noticeId) {
        PostView post = notice(noticeId);
        Space space = policy.requireManaged(actor, reader.space(post.spaceId()));
        NoticeDetails details = classNotice(noticeId);
        return Receipts.of(noticeId, details, ClassRoster.of(notices.roster(space.ownerId())),
                notices.reads(noticeId), notices.answers(noticeId), notices.remindedAt(noticeId));
    }

    /**
     * Reminds the addressees who have not read it, through the notification centre; once per interval per notice,
     * whoever of the class's teachers asks. Answers how many were reminded.
     */
    @Transactional
    public int remind(Actor actor, long noticeId) {
        PostView post = notice(noticeId);
        Space space = policy.requireManaged(actor, reader.space(post.spaceId()));
        NoticeDetails details = classNotice(noticeId);
        ClassRoster roster = ClassRoster.of(notices.roster(space.ownerId()));
        Set<Long> read = notices.reads(noticeId).keySet();
        List<Long> unread = roster.addressees(details.audience()).stream().filter(id -> !read.contains(id)).toList();
        if (unread.isEmpty()) {
            throw DomainException.invalid("notice.remind.allRead");
        }
        if (!notices.takeReminder(noticeId, reminderInterval)) {
            throw DomainException.conflict("notice.remind.tooSoon", reminderInterval.toMinutes());
        }
        Instant at = notices.remindedAt(noticeId);
        events.publishEvent(new ClassNoticeEvents.ReminderSent(noticeId, space.title(), excerpt(post.body()),
                unread, at));
        audit.record(actor.audited("NOTICE_REMINDED", "post", noticeId, space.regionPath(), space.schoolId(),
                unread.size()));
        return unread.size();
    }

    /**
     * An addressee's answer (the option's index, 0 or none for a confirmation), changeable until the deadline.
     * Refused when the notice asks nothing, after the deadline, or for an option it does not offer.
     */
    @Transactional
    public NoticeView answer(Actor actor, long noticeId, Integer choice) {
        PostView post = notice(noticeId);
        Space space = reader.space(post.spaceId());
        NoticeDetails details = classNotice(noticeId);
        policy.requireAddressed(actor, space, details.audience());
        if (details.ask() == NoticeAsk.NONE) {
            throw DomainException.invalid("notice.answer.notAsked");
        }
        if (!details.open(Instant.now())) {
            throw DomainException.conflict("notice.answer.closed", details.shownDeadline());
        }
        int chosen = choice == null && details.ask() == NoticeAsk.CONFIRM ? 0 : choice == null ? -1 : choice;
        if (chosen < 0 || chosen >= details.choices()) {
            throw DomainException.invalid("notice.answer.option");
        }
        notices.markRead(noticeId, actor.personId());
        notices.answer(noticeId, actor.personId(), chosen);
        audit.record(actor.audited("NOTICE_ANSWERED", "post", noticeId, space.regionPath(), space.schoolId(),
                details.ask() == NoticeAsk.CHOICE ? details.options().get(chosen) : "✓"));
        return open(actor, noticeId);
    }

    /**
     * A private reply: an addressee writes in their own thread ({@code to} ignored); one who manages the class
     * answers in the thread of the addressee {@code to}. The other side hears of it through the notifications.
     */
    @Transactional
    public NoticeThread.Reply reply(Actor actor, long noticeId, Long to, String body) {
        PostView post = notice(noticeId);
        Space space = reader.space(post.spaceId());
        NoticeDetails details = classNotice(noticeId);
        boolean manages = policy.permissions(actor, space).manage();
        if (!manages) {
            policy.requireAddressed(actor, space, details.audience());
        }
        String text = Posts.plainText(body);
        if (text.isEmpty()) {
            throw DomainException.invalid("notice.reply.required");
        }
        if (text.length() > MAX_REPLY) {
            throw DomainException.invalid("notice.reply.tooLong", MAX_REPLY);
        }
        long thread = actor.personId();
        long recipient = post.authorId();
        if (manages) {
            if (to == null) {
                throw DomainException.invalid("notice.reply.to.required");
            }
            if (!ClassRoster.of(notices.roster(space.ownerId())).addressees(details.audience()).contains(to)) {
                throw DomainException.invalid("notice.reply.to.notAddressed");
            }
            thread = to;
            recipient = to;
        }
        long id = notices.reply(noticeId, thread, actor.personId(), text);
        if (recipient != actor.personId()) {
            events.publishEvent(new ClassNoticeEvents.ReplyPosted(noticeId, id, excerpt(post.body()), actor.name(),
                    recipient));
        }
        audit.record(actor.audited("NOTICE_REPLIED", "post", noticeId, space.regionPath(), space.schoolId(),
                thread));
        return notices.replies(noticeId, thread).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    /** The first words of a notice, to name it in a notification. */
    static String excerpt(String body) {
        String line = body.replace('\n', ' ');
        return line.length() <= EXCERPT ? line : line.substring(0, EXCERPT) + "…";
    }

    private PostView notice(long noticeId) {
        return posts.view(noticeId).filter(p -> p.kind() == PostKind.NOTICE && posts.live(noticeId).isPresent())
                .orElseThrow(() -> DomainException.notFound("notice.unknown"));
    }

    private NoticeDetails classNotice(long noticeId) {
        return notices.details(noticeId).orElseThrow(() -> DomainException.notFound("notice.unknown"));
    }

    private List<NoticeThread> threads(long noticeId, Long personId, Space space) {
        ClassRoster roster = ClassRoster.of(notices.roster(space.ownerId()));
        Map<Long, List<NoticeThread.Reply>> byPerson = new LinkedHashMap<>();
        for (NoticeThread.Reply r : notices.replies(noticeId, personId)) {
            byPerson.computeIfAbsent(r.personId(), k -> new ArrayList<>()).add(r);
        }
        if (personId != null) {
            byPerson.putIfAbsent(personId, List.of());
        }
        return byPerson.entrySet().stream().map(e -> new NoticeThread(e.getKey(), nameOf(roster, e), e.getValue()))
                .toList();
    }

    private static String nameOf(ClassRoster roster, Map.Entry<Long, List<NoticeThread.Reply>> thread) {
        String name = roster.nameOf(thread.getKey());
        return name != null ? name : thread.getValue().isEmpty() ? "" : thread.getValue().get(0).authorName();
    }
}
