package org.renrentong.resource;

import java.time.Instant;
import java.util.List;
import org.renrentong.audit.AuditEvent;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Role;
import org.renrentong.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review workflow: the owner submits and withdraws; reviewers (assigned experts, administrators over the
 * contributor's region) publish, reject with a reason and retire. Each transition is recorded, audited, published
 * as a fact (a reviewer's decision as {@link ResourceEvents.ReviewDecided}), and passed on to the search index
 * after commit.
 */
@Service
public class Reviews {

    static final int MAX_REASON = 1000;

    private final ResourceRepository resources;
    private final ResourceReader reader;
    private final ResourcePolicy policy;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final ResourceChangeLog changes;

    Reviews(ResourceRepository resources, ResourceReader reader, ResourcePolicy policy, AuditLog audit,
            ApplicationEventPublisher events, ResourceChangeLog changes) {
        this.resources = resources;
        this.reader = reader;
        this.policy = policy;
        this.audit = audit;
        this.events = events;
        this.changes = changes;
    }

    /** Takes the action; REJECT needs a reason, RETIRE may have one, the others ignore it. */
    @Transactional
    public Resource act(Actor actor, long id, ReviewAction action, String reason) {
        Resource r = reader.get(id);
        if (!policy.mayTake(actor, r, action)) {
            throw policy.mayRead(actor, r) ? DomainException.forbidden() : DomainException.notFound("resource.unknown");
        }
        ReviewStatus next = r.status().after(action);
        String why = FormCheck.text(reason);
        if (action == ReviewAction.REJECT && why.isEmpty()) {
            throw DomainException.invalid("resource.review.reason.required");
        }
        if (why.length() > MAX_REASON) {
            throw DomainException.invalid("resource.review.reason.tooLong", MAX_REASON);
        }
        String kept = action == ReviewAction.REJECT || action == ReviewAction.RETIRE ? why : null;
        resources.status(id, next, kept == null || kept.isEmpty() ? null : kept);
        resources.transition(id, r.version(), r.status(), next, actor.personId(), why.isEmpty() ? null : why);
        changes.reviewed(id, r.version(), r.status(), next);
        if (!ResourcePolicy.owns(actor, r)) {
            events.publishEvent(new ResourceEvents.ReviewDecided(id, r.version(), r.ownerId(), r.title(), next.name(),
                    why, Instant.now()));
        }
        audit.record(actor.audited("RESOURCE_" + next.name(), "resource", id, r.regionPath(), r.schoolId(),
                new AuditEvent.Key("resource.status." + r.status()),
                new AuditEvent.Key("resource.status." + next), why));
        events.publishEvent(new ResourceEvents.Changed(id));
        return reader.get(id);
    }

    public boolean mayTake(Actor actor, Resource r, ReviewAction action) {
        return policy.mayTake(actor, r, action);
    }

    /** The submitted resources the actor may review, oldest first. */
    public List<Resource> queue(Actor actor) {
        List<ResourceRepository.Row> rows;
        if (actor.is(Role.EXPERT)) {
            rows = resources.where("""
                    r.status = 'SUBMITTED' AND r.owner_id <> ? AND EXISTS (SELECT 1 FROM review_assignment a
                      JOIN resource_place p ON p.subject_code = a.subject_code AND p.resource_id = r.id
                      WHERE a.expert_id = ? AND r.region_path LIKE a.region_path || '%')
                    ORDER BY r.updated_at LIMIT 200""", actor.personId(), actor.personId());
        } else if (actor.is(Role.PLATFORM_ADMIN) || actor.is(Role.REGION_ADMIN)) {
            rows = resources.where("""
                    r.status = 'SUBMITTED' AND r.owner_id <> ? AND r.region_path LIKE ?
                    ORDER BY r.updated_at LIMIT 200""", actor.personId(), actor.regionPath() + "%");
        } else {
            throw DomainException.forbidden();
        }
        return reader.all(rows);
    }

    /** The review history of a resource the actor may read, oldest first. */
    public List<Transition> history(Actor actor, long id) {
        policy.readable(actor, reader.get(id));
        return resources.transitions(id);
    }

    /** One step of the review history. */
    public record Transition(int version, ReviewStatus from, ReviewStatus to, String actorName, String reason,
                             java.time.Instant at) {

        private static final java.time.format.DateTimeFormatter SHOWN = java.time.format.DateTimeFormatter
                .ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.of("Asia/Shanghai"));

        /** Stored in UTC, shown in China time. */
        public String shownAt() {
            return SHOWN.format(at);
        }
    }
}
