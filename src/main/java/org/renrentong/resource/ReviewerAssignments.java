package org.renrentong.resource;

import java.util.List;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.region.Region;
import org.renrentong.region.Regions;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which expert reviews what: platform administrators assign anywhere, region administrators within their region.
 * A submitted resource goes to the experts whose region covers the contributor's and whose subject matches one of
 * its places.
 */
@Service
public class ReviewerAssignments {

    private final AssignmentRepository assignments;
    private final Regions regions;
    private final AuditLog audit;

    ReviewerAssignments(AssignmentRepository assignments, Regions regions, AuditLog audit) {
        this.assignments = assignments;
        this.regions = regions;
        this.audit = audit;
    }

    public boolean mayAssign(Actor actor) {
        return actor.governs(actor.regionPath());
    }

    @Transactional
    public ReviewerAssignment assign(Actor actor, long expertId, String regionCode, String subjectCode) {
        if (!mayAssign(actor)) {
            throw DomainException.forbidden();
        }
        if (subjectCode == null || !subjectCode.matches("[0-9A-Za-z_-]{1,16}")) {
            throw DomainException.invalid("resource.assignment.subject.invalid");
        }
        if (!assignments.isExpert(expertId)) {
            throw DomainException.invalid("resource.assignment.notExpert");
        }
        Region region = regions.get(regionCode);
        if (!actor.governs(region.path())) {
            throw DomainException.forbidden();
        }
        long id = assignments.insert(expertId, region.code(), region.path(), subjectCode);
        audit.record(actor.audited("REVIEWER_ASSIGNED", "review_assignment", id, region.path(), null,
                "expert " + expertId + " subject " + subjectCode));
        return assignments.find(id).orElseThrow();
    }

    @Transactional
    public void remove(Actor actor, long assignmentId) {
        String path = assignments.pathOf(assignmentId)
                .orElseThrow(() -> DomainException.notFound("resource.assignment.unknown"));
        if (!actor.governs(path)) {
            throw DomainException.forbidden();
        }
        assignments.delete(assignmentId);
        audit.record(actor.audited("REVIEWER_UNASSIGNED", "review_assignment", assignmentId, path, null, null));
    }

    public List<ReviewerAssignment> list(Actor actor) {
        if (!mayAssign(actor)) {
            throw DomainException.forbidden();
        }
        return assignments.within(actor.regionPath());
    }

    /** Whether the expert has an assignment covering the region path in one of the subjects. */
    boolean covers(Actor expert, Resource resource) {
        return assignments.covers(expert.personId(), resource.regionPath(), resource.subjectCodes());
    }
}
