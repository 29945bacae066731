package org.renrentong.identity;

/**
 * A role held by a person, anchored to a region (administrators, experts), a school (school roles), a group (its
 * leader) or an organisation that is not a school (an enterprise, a publisher).
 */
public record RoleGrant(long id, Role role, String regionCode, String regionName, Long schoolId, String schoolName,
                        Long groupId, Long organisationId) {

    /** A grant at a region or a school. */
    public RoleGrant(long id, Role role, String regionCode, String regionName, Long schoolId, String schoolName) {
        this(id, role, regionCode, regionName, schoolId, schoolName, null, null);
    }

    /** What the role switcher shows, e.g. "教师 · 第一中学". */
    public String anchorName() {
        return schoolName != null ? schoolName : regionName;
    }
}
