package org.renrentong.identity;

/**
 * An extra role for an existing person. School roles need {@code schoolId}, region roles {@code regionCode}; the
 * guardian role is held of a student, so it needs {@code studentId} and takes a relation (监护人 when empty).
 */
public record NewGrant(Role role, Long schoolId, String regionCode, Long studentId, String relation) {
}
