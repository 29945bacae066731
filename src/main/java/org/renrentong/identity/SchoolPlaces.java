package org.renrentong.identity;

import java.util.Collection;
import java.util.Map;

/**
 * Where schools and classes are, for identity's scope checks and pages. {@code org} owns them and depends on
 * identity, so it answers through this interface rather than identity reading its tables. Batched: one round trip
 * for all the ids of a page; unknown ids are left out of the answer.
 */
public interface SchoolPlaces {

    /** A school: its name and the region path it lies under. */
    record School(long id, String name, String regionPath) {
    }

    /** A class: its school's id and region path, its full name (grade and class) and its year level. */
    record SchoolClass(long id, long schoolId, String regionPath, String fullName, int yearLevel) {
    }

    Map<Long, School> schools(Collection<Long> ids);

    Map<Long, SchoolClass> classes(Collection<Long> ids);
}
