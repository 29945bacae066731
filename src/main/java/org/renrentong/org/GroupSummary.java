package org.renrentong.org;

/** A group one belongs to, with its school's name (null for a region group). */
public record GroupSummary(Group group, String schoolName) {
}
