package org.renrentong.resource;

import java.util.Objects;
import org.renrentong.audit.PrincipalKind;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Role;
import org.renrentong.shared.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a resource, in one place: the resource services ask it before they touch anything. Readers of a published one are decided by its visibility; unpublished ones are
 * seen only by the owner, the administrators over it, and while it is submitted those who may review it.
 */
@Component
class ResourcePolicy {

    private final AssignmentRepository assignments;

    ResourcePolicy(AssignmentRepository assignments) {
        this.assignments = assignments;
    }

    static boolean mayContribute(Actor actor) {
        return actor != null && (actor.is(Role.TEACHER) || actor.is(Role.SCHOOL_ADMIN) || actor.is(Role.EXPERT)
                || actor.is(Role.REGION_ADMIN) || actor.is(Role.PLATFORM_ADMIN));
    }

    static boolean owns(Actor actor, Resource r) {
        return actor != null && actor.personId() == r.ownerId();
    }

    /** Reviewers never review their own work. */
    boolean mayReview(Actor actor, Resource r) {
        if (actor == null || owns(actor, r)) {
            return false;
        }
        return actor.governs(r.regionPath()) || (actor.is(Role.EXPERT)
                && assignments.covers(actor.personId(), r.regionPath(), r.subjectCodes()));
    }

    /** Retiring a published resource: its reviewers and the administrators over it. */
    boolean mayRetire(Actor actor, Resource r) {
        return actor != null && (actor.governs(r.regionPath()) || mayReview(actor, r));
    }

    boolean mayRead(Actor actor, Resource r) {
        if (owns(actor, r) || (actor != null && actor.governs(r.regionPath()))) {
            return true;
        }
        if (!r.published()) {
            // a reviewer sees a resource while it waits for review; drafts stay with their owner
            return r.status() == ReviewStatus.SUBMITTED && mayReview(actor, r);
        }
        return switch (r.visibility()) {
            case PUBLIC -> true;
            case SIGNED_IN -> actor != null;
            case ORGANISATION -> inOrganisation(actor, r) || mayReview(actor, r);
        };
    }

    /** Reads the resource, or says why not: sign in first (anonymous) or forbidden. */
    Resource readable(Actor actor, Resource r) {
        if (mayRead(actor, r)) {
            return r;
        }
        if (actor == null) {
            throw new DomainException(HttpStatus.UNAUTHORIZED, "error.unauthenticated");
        }
        throw r.published() ? DomainException.forbidden() : DomainException.notFound("resource.unknown");
    }

    /** Rebuilding the search index: the platform administrators. */
    /** Harvested pages are stored by this node itself (a node principal) or by a platform administrator. */
    static boolean mayStoreHarvested(Actor actor) {
        return actor != null && (actor.principal().kind() == PrincipalKind.NODE || actor.is(Role.PLATFORM_ADMIN));
    }

    static boolean mayRebuildIndex(Actor actor) {
        return actor.is(Role.PLATFORM_ADMIN);
    }

    /** The queue of comments awaiting moderation: experts and region administrators, each over their scope. */
    static boolean mayOpenCommentQueue(Actor actor) {
        return actor.is(Role.EXPERT) || actor.is(Role.REGION_ADMIN) || actor.is(Role.PLATFORM_ADMIN);
    }

    /** Assigning reviewers: administrators, within the regions they govern. */
    static boolean mayAssignReviewers(Actor actor) {
        return actor.governs(actor.regionPath());
    }

    /** A region (or an assignment in it) the actor may assign reviewers in. */
    static void requireAssigning(Actor actor, String regionPath) {
        if (!mayAssignReviewers(actor) || !actor.governs(regionPath)) {
            throw DomainException.forbidden();
        }
    }

    /** The owner submits and withdraws; reviewers publish and reject; reviewers and administrators retire. */
    boolean mayTake(Actor actor, Resource r, ReviewAction action) {
        return switch (action) {
            case SUBMIT, WITHDRAW -> owns(actor, r);
            case PUBLISH, REJECT -> mayReview(actor, r);
            case RETIRE -> mayRetire(actor, r);
        };
    }

    /** Moderating a comment: the resource's owner, its reviewers and the administrators over it. */
    boolean mayModerate(Actor actor, Resource r) {
        return owns(actor, r) || mayReview(actor, r) || mayRetire(actor, r);
    }

    private static boolean inOrganisation(Actor actor, Resource r) {
        // only school-contributed resources may be ORGANISATION (Resources refuses it otherwise)
        return actor != null && r.schoolId() != null && (Objects.equals(actor.schoolId(), r.schoolId())
                || actor.managesSchool(r.schoolId(), r.regionPath()));
    }
}
