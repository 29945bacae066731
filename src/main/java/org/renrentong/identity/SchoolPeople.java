package org.renrentong.identity;

import org.renrentong.shared.Slice;

/** One keyset page of a school's people: staff, students and their guardians. */
public record SchoolPeople(long schoolId, String schoolName, Slice<PersonSummary> people) {
}
