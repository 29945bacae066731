package org.renrentong.org;

import java.util.List;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who belongs to a group. The school's administrators (the region's, for a region group) and the group's owner add
 * and remove members; members and managers see the group. Who may be added: see {@link GroupRepository}.
 */
@Service
public class GroupMembers {

    static final int PICKER_SIZE = 20;

    private final Groups groups;
    private final GroupRepository repository;
    private final OrgRepository org;
    private final AuditLog audit;
    private final OrgPolicy policy;

    GroupMembers(Groups groups, GroupRepository repository, OrgRepository org, AuditLog audit, OrgPolicy policy) {
        this.policy = policy;
        this.groups = groups;
        this.repository = repository;
        this.org = org;
        this.audit = audit;
    }

    /** The group page: for its members and managers only. */
    public GroupPage page(Actor actor, long groupId) {
        Group group = groups.get(groupId);
        boolean manages = policy.mayManage(actor, group);
        if (!manages && !repository.isMember(groupId, actor.personId())) {
            throw DomainException.forbidden();
        }
        String schoolName = group.schoolId() == null ? null : org.school(group.schoolId()).map(School::name)
                .orElse(null);
        return new GroupPage(group, schoolName, repository.members(groupId), manages);
    }

    /** The groups the actor belongs to. */
    public List<GroupSummary> mine(Actor actor) {
        return repository.groupsOf(actor.personId());
    }

    /** People the actor may add to the group, for the picker; empty text lists the first ones. */
    public List<GroupMember> candidates(Actor actor, long groupId, String text) {
        Group group = managed(actor, groupId);
        return repository.eligible(group, actor.personId(), teacherRule(actor, group), clean(text), PICKER_SIZE);
    }

    @Transactional
    public void add(Actor actor, long groupId, long personId) {
        Group group = managed(actor, groupId);
        if (repository.isMember(groupId, personId)) {
            throw DomainException.conflict("group.member.already");
        }
        if (!repository.isEligible(group, actor.personId(), teacherRule(actor, group), personId)) {
            throw DomainException.invalid(teacherRule(actor, group) ? "group.member.notYoursToAdd"
                    : "group.member.otherSchool");
        }
        repository.add(groupId, personId);
        audit.record(actor.audited("GROUP_MEMBER_ADDED", "group", groupId, group.regionPath(), group.schoolId(),
                personId));
    }

    /** Removes a member; the owner stays with the group they started. */
    @Transactional
    public void remove(Actor actor, long groupId, long personId) {
        Group group = managed(actor, groupId);
        if (repository.owner(groupId).filter(owner -> owner == personId).isPresent()) {
            throw DomainException.invalid("group.member.owner");
        }
        if (repository.remove(groupId, personId) == 0) {
            throw DomainException.notFound("group.member.unknown");
        }
        audit.record(actor.audited("GROUP_MEMBER_REMOVED", "group", groupId, group.regionPath(), group.schoolId(),
                personId));
    }

    public boolean mayManage(Actor actor, Group group) {
        return policy.mayManage(actor, group);
    }

    private Group managed(Actor actor, long groupId) {
        return policy.requireManages(actor, groups.get(groupId));
    }

    /** An owner who does not administer the school adds only their own students and fellow teachers. */
    private boolean teacherRule(Actor actor, Group group) {
        return !policy.administers(actor, group);
    }

    private static String clean(String text) {
        String trimmed = text == null ? "" : text.trim();
        return trimmed.length() > 64 ? trimmed.substring(0, 64) : trimmed;
    }
}
