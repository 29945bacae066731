package org.renrentong.identity;

import java.util.List;
import java.util.Set;
import org.renrentong.audit.AuditEvent;

/**
 * The signed-in person acting in one of their roles, with the anchors of that role's scope. Every service
 * method that reads or writes within a scope asks the actor first.
 *
 * @param regionPath the governed region subtree for region roles, the school's region path for school roles
 * @param classIds   classes taught (teacher), attended (student) or attended by a child (guardian)
 * @param childIds   a guardian's own children
 */
public record Actor(long personId, String account, String name, RoleGrant grant, String regionPath, Long schoolId,
                    Set<Long> classIds, Set<Long> childIds, List<RoleGrant> grants) {

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
        return is(Role.REGION_ADMIN) && targetRegionPath != null && targetRegionPath.startsWith(regionPath);
    }

    public boolean managesSchool(long targetSchoolId, String schoolRegionPath) {
        return governs(schoolRegionPath) || (is(Role.SCHOOL_ADMIN) && schoolId == targetSchoolId);
    }

    /** Members of a class: its teachers, its students, and the guardians of its students. */
    public boolean belongsToClass(long classId) {
        return (is(Role.TEACHER) || is(Role.STUDENT) || is(Role.GUARDIAN)) && classIds.contains(classId);
    }

    public boolean canSeeClass(long classId, long classSchoolId, String schoolRegionPath) {
        return belongsToClass(classId) || managesSchool(classSchoolId, schoolRegionPath);
    }

    public boolean canTeachClass(long classId, long classSchoolId, String schoolRegionPath) {
        return (is(Role.TEACHER) && classIds.contains(classId)) || managesSchool(classSchoolId, schoolRegionPath);
    }

    public boolean isGuardianOf(long studentId) {
        return is(Role.GUARDIAN) && childIds.contains(studentId);
    }

    /**
     * Starts an audit event for this actor; the caller adds target and scope. The detail is the action's message
     * ({@code audit.detail.<ACTION>}) with these arguments; wrap a message key in {@link AuditEvent.Key}.
     */
    public AuditEvent audited(String action, String targetType, Object targetId, String targetRegionPath,
                              Long targetSchoolId, Object... detailArgs) {
        return new AuditEvent(personId, account, grant.role().name(), action, targetType,
                targetId == null ? null : targetId.toString(), AuditEvent.Result.SUCCESS, targetRegionPath,
                targetSchoolId, detailArgs.length == 0 ? null : AuditEvent.detailKeyOf(action),
                AuditEvent.args(detailArgs));
    }
}
