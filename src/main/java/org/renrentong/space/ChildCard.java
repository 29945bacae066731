package org.renrentong.space;

/** A guardian's child, with the class space to follow (class, school and space null when not placed). */
public record ChildCard(long childId, String name, String relation, String className, String schoolName,
                        Long spaceId, Long classId) {
}
