package org.renrentong.identity;

import java.util.List;
import java.util.Set;
import org.renrentong.audit.AuditEvent;
import org.renrentong.audit.PrincipalKind;
import org.renrentong.shared.DomainException;

/**
 * A principal acting in one of its role grants, with where that role reaches. Every service method that reads or
 * writes within a scope asks its module's policy, which asks the actor.
 *
 * @param principal who acts: a person, or an application client or peer node
 * @param name      the display name
 * @param anchors   where the role reaches
 * @param grants    every role the principal holds, for the role switcher
 */
public record Actor(Principal principal, String name, RoleGrant grant, Anchors anchors, List<RoleGrant> grants) {

    /** A person acting in a role anchored at a region or school, with their classes and children. */
    public Actor(long personId, String account, String name, RoleGrant grant, String regionPath, Long schoolId,
                 Set<Long> classIds, Set<Long> childIds, List<RoleGrant> grants) {
        this(Principal.person(personId, account), name, grant,
                new Anchors(regionPath, schoolId, classIds, childIds, grant.groupId(), grant.organisationId()),
                grants);
    }

    /**
     * A node acting (this node, or a joined one vouching here): a node principal, so the audit log names the node,
     * with no person, class or child; {@code regionPath} is how far its grant reaches ("" the whole node, null
     * nowhere).
     */
    public static Actor ofNode(String code, String name, Role role, String regionPath) {
        return new Actor(new Principal(PrincipalKind.NODE, 0, code), name,
                new RoleGrant(0, role, null, null, null, null), new Anchors(regionPath, null, Set.of(), Set.of(), null, null), List.of());
    }

    /** The acting person; a client or a node is no person and is refused whatever a person could do. */
    public long personId() {
        if (!principal.isPerson()) {
            throw DomainException.forbidden();
        }
        return principal.id();
    }

    public String account() {
        return principal.name();
    }

    public String regionPath() {
        return anchors.regionPath();
    }

    public Long schoolId() {
        return anchors.schoolId();
    }

    public Set<Long> classIds() {
        return anchors.classIds();
    }

    public Set<Long> childIds() {
        return anchors.childIds();
    }

    public Role role() {
        return grant.role();
    }

    public boolean is(Role role) {
        return grant.role() == role;
    }

    /** Platform administrators govern everything; region administrators their region's subtree. */
    public boolean governs(String targetRegionPath) {
        if (is(Role.PLATFORM_ADMIN)) {
            return true;
        }
        return is(Role.REGION_ADMIN) && targetRegionPath != null && targetRegionPath.startsWith(regionPath());
    }

    public boolean managesSchool(long targetSchoolId, String schoolRegionPath) {
        return governs(schoolRegionPath) || (is(Role.SCHOOL_ADMIN) && schoolId() == targetSchoolId);
    }

    /** Members of a class: its teachers, its students, and the guardians of its students. */
    public boolean belongsToClass(long classId) {
        return (is(Role.TEACHER) || is(Role.STUDENT) || is(Role.GUARDIAN)) && classIds().contains(classId);
    }

    public boolean canSeeClass(long classId, long classSchoolId, String schoolRegionPath) {
        return belongsToClass(classId) || managesSchool(classSchoolId, schoolRegionPath);
    }

    public boolean canTeachClass(long classId, long classSchoolId, String schoolRegionPath) {
        return (is(Role.TEACHER) && classIds().contains(classId)) || managesSchool(classSchoolId, schoolRegionPath);
    }

    public boolean isGuardianOf(long studentId) {
        return is(Role.GUARDIAN) && childIds().contains(studentId);
    }

    /** Whether the role is held at this group: its leader. */
    public boolean leadsGroup(long groupId) {
        return anchors.groupId() != null && anchors.groupId() == groupId;
    }

    /**
     * Starts an audit event for this actor; the caller adds target and scope. The detail is the action's message
     * ({@code audit.detail.<ACTION>}) with these arguments; wrap a message key in {@link AuditEvent.Key}.
     */
    public AuditEvent audited(String action, String targetType, Object targetId, String targetRegionPath,
                              Long targetSchoolId, Object... detailArgs) {
        return new AuditEvent(principal.kind(), principal.id(), principal.name(), grant.role().name(), action,
                targetType, targetId == null ? null : targetId.toString(), AuditEvent.Result.SUCCESS,
                targetRegionPath, targetSchoolId, detailArgs.length == 0 ? null : AuditEvent.detailKeyOf(action),
                AuditEvent.args(detailArgs));
    }
}
