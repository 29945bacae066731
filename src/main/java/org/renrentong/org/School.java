package org.renrentong.org;

import java.util.Set;

/** A school or teaching point, in exactly one county-level region. */
public record School(long id, String name, String code, SchoolKind kind, Set<Stage> stages, String countyCode,
                     String countyName, String regionPath) {
}
