package org.renrentong.space;

import org.renrentong.identity.Actor;
import org.renrentong.identity.Role;
import org.renrentong.shared.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who may do what in a space, in one place: the space services ask it before they touch anything. Three circles, widest last:
 * <ul>
 *   <li>managers: the owner of a personal space; for a school or class space its school's administrators and the
 *   region administrators governing it, plus, for a class, its teachers; for a group its creator and the
 *   administrators of its school or region; for a bureau the administrators governing its region;</li>
 *   <li>participants (may post): managers, a class's teachers and students, a school's staff and students,
 *   a group's members;</li>
 *   <li>members (read a MEMBERS space): participants, the guardians of a class's or school's students, and for a
 *   personal space the people of the owner's school, the owner's guardians and the administrators governing it.</li>
 * </ul>
 * PUBLIC spaces are readable by anyone, MEMBERS spaces by members, PRIVATE spaces only by managers.
 */
@Component
class SpacePolicy {

    private final MembershipRepository membership;

    SpacePolicy(MembershipRepository membership) {
        this.membership = membership;
    }

    /** The permissions of a viewer who may read the space; anonymous visitors of a closed space must sign in. */
    Permissions readable(Actor viewer, Space space) {
        Permissions can = permissions(viewer, space);
        if (!can.view()) {
            throw viewer == null ? new DomainException(HttpStatus.UNAUTHORIZED, "error.unauthenticated")
                    : DomainException.forbidden();
        }
        return can;
    }

    /** A space whose settings the actor may change. */
    Space requireManaged(Actor actor, Space space) {
        if (!permissions(actor, space).manage()) {
            throw DomainException.forbidden();
        }
        return space;
    }

    /** Posting a post, or a notice (which needs more), in the space. */
    void requirePosting(Actor actor, Space space, PostKind kind) {
        Permissions can = permissions(actor, space);
        if (kind == PostKind.NOTICE ? !can.postNotice() : !can.post()) {
            throw DomainException.forbidden();
        }
    }

    /**
     * Opening a notice on its own page: a class's notice by the class's people (its teachers and students, the
     * guardians of its students) and those who manage the class; another space's notice by whoever reads the space.
     */
    Permissions requireNoticeReader(Actor viewer, Space space) {
        Permissions can = readable(viewer, space);
        if (space.kind() == SpaceKind.CLASS && !can.member()) {
            throw DomainException.forbidden();
        }
        return can;
    }

    /** Answering a class notice or writing in one's own thread: only those it addresses, told so plainly. */
    void requireAddressed(Actor actor, Space space, NoticeAudience audience) {
        requireNoticeReader(actor, space);
        if (!addressed(actor, space, audience)) {
            throw new DomainException(HttpStatus.FORBIDDEN, "notice.notAddressed");
        }
    }

    /** Whether a class notice addresses the actor: a student of the class, or a guardian of one of its students. */
    static boolean addressed(Actor actor, Space space, NoticeAudience audience) {
        if (actor == null || space.kind() != SpaceKind.CLASS || !actor.classIds().contains(space.ownerId())) {
            return false;
        }
        return (audience.students() && actor.is(Role.STUDENT)) || (audience.guardians() && actor.is(Role.GUARDIAN));
    }

    /** Authors delete their own posts; those who manage the space delete any. */
    void requireDeleting(Actor actor, Space space, long authorId) {
        if (authorId != actor.personId() && !permissions(actor, space).manage()) {
            throw DomainException.forbidden();
        }
    }

    /** Reading the space figures of a region: those who govern it. */
    static void requireGoverns(Actor actor, String regionPath) {
        if (!actor.governs(regionPath)) {
            throw DomainException.forbidden();
        }
    }

    /** Reading the space figures of a school: the administrators over it. */
    static void requireManagesSchool(Actor actor, long schoolId, String schoolRegionPath) {
        if (!actor.managesSchool(schoolId, schoolRegionPath)) {
            throw DomainException.forbidden();
        }
    }

    /** The acting person's own personal space: only a person has one. */
    long ownSpaceOwner(Actor actor) {
        return actor.personId();
    }

    Permissions permissions(Actor viewer, Space space) {
        if (viewer == null) {
            return space.visibility() == Visibility.PUBLIC ? Permissions.READ : Permissions.NONE;
        }
        boolean owner = space.kind() == SpaceKind.PERSONAL && space.ownerId() == viewer.personId();
        boolean manage = owner || manages(viewer, space);
        boolean participant = manage || participates(viewer, space);
        boolean member = participant || related(viewer, space);
        boolean view = switch (space.visibility()) {
            case PUBLIC -> true;
            case MEMBERS -> member;
            case PRIVATE -> manage;
        };
        return new Permissions(view, view && member, view && participant,
                view && manage && space.kind().institutional(), manage, owner);
    }

    private boolean manages(Actor a, Space s) {
        String path = s.regionPath();
        return switch (s.kind()) {
            case PERSONAL -> false;
            case CLASS -> a.canTeachClass(s.ownerId(), s.schoolId(), path);
            case SCHOOL -> a.managesSchool(s.ownerId(), path);
            case BUREAU -> a.governs(path);
            case GROUP -> (s.schoolId() != null ? a.managesSchool(s.schoolId(), path) : a.governs(path))
                    || membership.groupCreator(s.ownerId()) == a.personId();
        };
    }

    private boolean participates(Actor a, Space s) {
        return switch (s.kind()) {
            case CLASS -> (a.is(Role.TEACHER) || a.is(Role.STUDENT)) && a.classIds().contains(s.ownerId());
            case SCHOOL -> ofSchool(a, s.ownerId());
            case GROUP -> membership.inGroup(s.ownerId(), a.personId());
            case PERSONAL, BUREAU -> false;
        };
    }

    private boolean related(Actor a, Space s) {
        return switch (s.kind()) {
            case CLASS -> a.belongsToClass(s.ownerId());
            case SCHOOL -> a.is(Role.GUARDIAN) && membership.guardianAtSchool(a.personId(), s.ownerId());
            case PERSONAL -> a.isGuardianOf(s.ownerId()) || (s.schoolId() != null && ofSchool(a, s.schoolId()))
                    || (s.schoolId() != null ? a.managesSchool(s.schoolId(), s.regionPath()) : a.governs(s.regionPath()));
            case GROUP, BUREAU -> false;
        };
    }

    private static boolean ofSchool(Actor a, long schoolId) {
        return (a.is(Role.TEACHER) || a.is(Role.STUDENT) || a.is(Role.SCHOOL_ADMIN)) && a.schoolId() != null
                && a.schoolId() == schoolId;
    }
}
