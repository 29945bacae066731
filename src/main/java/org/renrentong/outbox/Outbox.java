package org.renrentong.outbox;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.renrentong.audit.AuditEvent;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.renrentong.shared.Slice;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.stereotype.Service;

/** What platform administrators see of the outbox: the undelivered publications, and "deliver again". */
@Service
public class Outbox {

    static final int PAGE = 50;

    private final OutboxRepository publications;
    private final IncompleteEventPublications incomplete;
    private final AuditLog audit;
    private final OutboxPolicy policy;

    Outbox(OutboxRepository publications, IncompleteEventPublications incomplete, AuditLog audit,
           OutboxPolicy policy) {
        this.publications = publications;
        this.incomplete = incomplete;
        this.audit = audit;
        this.policy = policy;
    }

    /** How many publications are pending and how many failed. */
    public record Counts(long pending, long failed) {
    }

    public Counts counts(Actor actor) {
        policy.checkOpens(actor);
        return new Counts(publications.count(OutboxStatus.PENDING), publications.count(OutboxStatus.FAILED));
    }

    /**
     * A page of undelivered publications in the status (both when null), oldest first, after the key of the last
     * page (null for the first). The total counts that status.
     */
    public Slice<Publication> list(Actor actor, OutboxStatus status, String after, int limit) {
        policy.checkOpens(actor);
        int size = Math.max(1, Math.min(limit, 200));
        Instant afterDate = null;
        UUID afterId = null;
        if (after != null && !after.isBlank()) {
            String[] parts = after.strip().split("~", 2);
            try {
                afterDate = Instant.parse(parts[0]);
                afterId = UUID.fromString(parts.length == 2 ? parts[1] : "");
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw DomainException.invalid("outbox.after.invalid");
            }
        }
        List<Publication> rows = publications.page(status, afterDate, afterId, size + 1);
        boolean more = rows.size() > size;
        List<Publication> page = more ? rows.subList(0, size) : rows;
        long total = status == null ? publications.count(OutboxStatus.PENDING) + publications.count(OutboxStatus.FAILED)
                : publications.count(status);
        return new Slice<>(page, total, more ? page.get(page.size() - 1).key() : null);
    }

    /**
     * Delivers an undelivered publication again now, without waiting for its back-off; one still on its way may so
     * reach its listener twice, which every listener takes in its stride. The registry resubmits failed publications
     * (read whole, then filtered to this one), so a pending one is marked failed first.
     */
    public Publication deliverAgain(Actor actor, UUID id) {
        policy.checkOpens(actor);
        Publication p = publications.findIncomplete(id).orElseThrow(() -> DomainException.notFound("outbox.unknown"));
        publications.markFailed(id);
        incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults().withMinAge(Duration.ZERO)
                .withMaxInFlight(Integer.MAX_VALUE).withBatchSize(Integer.MAX_VALUE)
                .withFilter(e -> e.getIdentifier().equals(id)));
        audit.record(actor.audited("EVENT_REDELIVERED", "event_publication", id, actor.regionPath(), null,
                new AuditEvent.Key(p.typeKey()), p.listener()));
        return p;
    }
}
