package org.renrentong.org;

import org.renrentong.audit.PrincipalKind;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Role;
import org.renrentong.region.Region;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with bureaus, schools, classes and groups, in one place: the org services ask it before they touch
 * anything. Region administrators act within their region subtree, school administrators at their school, teachers
 * and students in their classes; a group is managed by the administrators over it, its owner and its leader.
 */
@Component
class OrgPolicy {

    private final GroupRepository groups;

    OrgPolicy(GroupRepository groups) {
        this.groups = groups;
    }

    /** Creating schools at all: administrators of a region. */
    boolean mayCreateSchools(Actor actor) {
        return actor.is(Role.PLATFORM_ADMIN) || actor.is(Role.REGION_ADMIN);
    }

    /** This node itself, recording what a visitor registers on its public pages: a node principal, never a person. */
    void requireNode(Actor actor) {
        if (actor.principal().kind() != PrincipalKind.NODE) {
            throw DomainException.forbidden();
        }
    }

    /** An account of the enterprise itself. */
    void requireOwnEnterprise(Actor actor, long organisationId) {
        Long own = actor.anchors().organisationId();
        if (own == null || own != organisationId) {
            throw DomainException.forbidden();
        }
    }

    /** A county the actor may create a school in: one they govern. */
    void requireGoverns(Actor actor, Region county) {
        if (!actor.governs(county.path())) {
            throw DomainException.forbidden();
        }
    }

    /** Editing the school and adding its classes: the administrators over it. */
    boolean mayManage(Actor actor, School school) {
        return actor.managesSchool(school.id(), school.regionPath());
    }

    School requireManages(Actor actor, School school) {
        if (!mayManage(actor, school)) {
            throw DomainException.forbidden();
        }
        return school;
    }

    /** Seeing a school: its own people, and the administrators of the region it lies in. */
    School requireVisible(Actor actor, School school) {
        boolean ownSchool = actor.schoolId() != null && actor.schoolId() == school.id();
        if (!ownSchool && !actor.governs(school.regionPath())) {
            throw DomainException.forbidden();
        }
        return school;
    }

    /** Seeing a class: its members (a subject teacher each class they teach), and its school's administrators. */
    SchoolClass requireVisible(Actor actor, SchoolClass c) {
        if (!actor.canSeeClass(c.id(), c.schoolId(), c.regionPath())) {
            throw DomainException.forbidden();
        }
        return c;
    }

    /** Creating a group at a school: its teachers and its administrators. */
    boolean mayCreateGroupAt(Actor actor, School school) {
        return (actor.is(Role.TEACHER) && Long.valueOf(school.id()).equals(actor.schoolId()))
                || actor.managesSchool(school.id(), school.regionPath());
    }

    /** Creating a group of a region, not of one school: region administrators. */
    void requireRegionGroups(Actor actor) {
        if (!actor.is(Role.REGION_ADMIN) && !actor.is(Role.PLATFORM_ADMIN)) {
            throw DomainException.forbidden();
        }
    }

    /** Setting up the bureau of a region still in use: those who govern it. */
    boolean mayCreateBureau(Actor actor, Region region) {
        return !region.retired() && actor.governs(region.path());
    }

    /** Managing a group's members: the administrators over it, the person who started it, its leader. */
    boolean mayManage(Actor actor, Group group) {
        return administers(actor, group) || actor.leadsGroup(group.id())
                || groups.owner(group.id()).filter(o -> o == actor.personId()).isPresent();
    }

    Group requireManages(Actor actor, Group group) {
        if (!mayManage(actor, group)) {
            throw DomainException.forbidden();
        }
        return group;
    }

    /** Administrators of the group's school or region. */
    boolean administers(Actor actor, Group group) {
        return group.schoolId() != null ? actor.managesSchool(group.schoolId(), group.regionPath())
                : actor.governs(group.regionPath());
    }
}
