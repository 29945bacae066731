package org.renrentong.identity;

import java.util.Set;

/**
 * Where an actor's role reaches: a region subtree (its path), a school, a set of classes (taught, attended, or
 * attended by a child), a guardian's children, a group and an organisation that is not a school. Each is empty or
 * null when the role has none of that kind.
 *
 * @param regionPath     the governed region subtree for region roles, the school's region path for school roles
 * @param classIds       classes taught (a subject teacher has several, of one or several subjects), attended
 *                       (student) or attended by a child (guardian)
 * @param childIds       a guardian's own children
 * @param groupId        the group the role is held at (a group's leader)
 * @param organisationId the organisation the role is held at (an enterprise, a publisher)
 */
public record Anchors(String regionPath, Long schoolId, Set<Long> classIds, Set<Long> childIds, Long groupId,
                      Long organisationId) {

    public Anchors {
        classIds = Set.copyOf(classIds);
        childIds = Set.copyOf(childIds);
    }
}
