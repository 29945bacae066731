package org.renrentong.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.region.Region;
import org.renrentong.region.Regions;
import org.renrentong.shared.DomainException;
import org.renrentong.taxonomy.CodeName;
import org.renrentong.taxonomy.TextbookTree;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which expert reviews what: platform administrators assign anywhere, region administrators within their region.
 * The expert's own role must cover the assigned region, and the subject is one of the standard subject codes. A
 * submitted resource goes to the experts whose region covers the contributor's and whose subject matches one of
 * its places.
 */
@Service
public class ReviewerAssignments {

    static final int MAX_EXPERTS = 500;

    private final AssignmentRepository assignments;
    private final Regions regions;
    private final TextbookTree tree;
    private final AuditLog audit;

    ReviewerAssignments(AssignmentRepository assignments, Regions regions, TextbookTree tree, AuditLog audit) {
        this.assignments = assignments;
        this.regions = regions;
        this.tree = tree;
        this.audit = audit;
    }

    public boolean mayAssign(Actor actor) {
        return ResourcePolicy.mayAssignReviewers(actor);
    }

    @Transactional
    public ReviewerAssignment assign(Actor actor, Long expertId, String regionCode, String subjectCode) {
        requireMayAssign(actor);
        if (expertId == null) {
            throw DomainException.invalid("resource.assignment.expert.required");
        }
        if (regionCode == null || regionCode.isBlank()) {
            throw DomainException.invalid("resource.assignment.region.required");
        }
        String subject = subjectCode == null ? "" : subjectCode.trim();
        if (subject.isEmpty()) {
            throw DomainException.invalid("resource.assignment.subject.required");
        }
        if (tree.currentSubjects().stream().noneMatch(c -> c.code().equals(subject))) {
            // a retired subject keeps its old assignments but gets no new ones
            throw DomainException.invalid("resource.assignment.subject.invalid");
        }
        Region region = regions.get(regionCode);
        ResourcePolicy.requireAssigning(actor, region.path());
        if (!assignments.isExpert(expertId)) {
            throw DomainException.invalid("resource.assignment.expert.notExpert");
        }
        if (!assignments.expertCovers(expertId, region.path())) {
            throw DomainException.invalid("resource.assignment.expert.outsideRegion", region.name());
        }
        long id = assignments.insert(expertId, region.code(), region.path(), subject);
        audit.record(actor.audited("REVIEWER_ASSIGNED", "review_assignment", id, region.path(), null,
                expertId, subject));
        return named(assignments.find(id).orElseThrow(), subjectNames());
    }

    @Transactional
    public void remove(Actor actor, long assignmentId) {
        String path = assignments.pathOf(assignmentId)
                .orElseThrow(() -> DomainException.notFound("resource.assignment.unknown"));
        ResourcePolicy.requireAssigning(actor, path);
        assignments.delete(assignmentId);
        audit.record(actor.audited("REVIEWER_UNASSIGNED", "review_assignment", assignmentId, path, null));
    }

    public List<ReviewerAssignment> list(Actor actor) {
        requireMayAssign(actor);
        Map<String, String> names = subjectNames();
        return assignments.within(actor.regionPath()).stream().map(a -> named(a, names)).toList();
    }

    /** The experts the actor may assign: those whose expert role is in the actor's region, above or below it. */
    public List<ExpertChoice> experts(Actor actor) {
        requireMayAssign(actor);
        return assignments.expertsInLine(actor.regionPath(), MAX_EXPERTS);
    }

    /** The regions the actor may assign in: their own and two levels below it (cities and counties of a province). */
    public List<Region> regions(Actor actor) {
        requireMayAssign(actor);
        Region home = regions.home(actor);
        List<Region> out = new ArrayList<>();
        out.add(home);
        for (Region child : active(home.code())) {
            out.add(child);
            out.addAll(active(child.code()));
        }
        return out;
    }

    /** The standard subject codes a new assignment may name: the current ones. */
    public List<CodeName> subjects() {
        return tree.currentSubjects();
    }

    /** The experts who may review the resource by their assignments. */
    List<Long> expertsCovering(Resource resource) {
        return assignments.expertsCovering(resource.regionPath(), resource.subjectCodes());
    }

    private List<Region> active(String parentCode) {
        return regions.children(parentCode).stream().filter(r -> !r.retired()).toList();
    }

    private Map<String, String> subjectNames() {
        return tree.subjects().stream().collect(Collectors.toMap(CodeName::code, CodeName::name, (a, b) -> a));
    }

    private static ReviewerAssignment named(ReviewerAssignment a, Map<String, String> names) {
        return a.withSubjectName(names.getOrDefault(a.subjectCode(), a.subjectCode()));
    }

    private void requireMayAssign(Actor actor) {
        if (!ResourcePolicy.mayAssignReviewers(actor)) {
            throw DomainException.forbidden();
        }
    }
}
