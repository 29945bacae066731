package org.renrentong.identity;

/** A role held by a person, anchored to a region (administrators, experts) or a school (school roles). */
public record RoleGrant(long id, Role role, String regionCode, String regionName, Long schoolId, String schoolName) {

    /** What the role switcher shows, e.g. "教师 · 第一中学". */
    public String anchorName() {
        return schoolName != null ? schoolName : regionName;
    }
}
