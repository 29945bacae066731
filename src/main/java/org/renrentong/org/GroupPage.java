package org.renrentong.org;

import java.util.List;

/** A group with its members and what the reader may do there. */
public record GroupPage(Group group, String schoolName, List<GroupMember> members, boolean mayManage) {
}
