package org.renrentong.scope;

import java.util.EnumSet;
import java.util.Set;

/**
 * Everyone the scope matrix sends requests as, placed around the matrix's targets: county A (长安区) holds school A
 * with classes A1 and A2; county B (桥西区) holds school B. Names say where each one stands relative to those
 * targets; the expert reviews mathematics in county A; the provider is an enterprise's account, approved.
 */
enum Caller {
    PLATFORM, CITY, COUNTY, OTHER_COUNTY, SCHOOL, OTHER_SCHOOL, TEACHER, OTHER_TEACHER, STUDENT, CLASSMATE,
    OTHER_STUDENT, GUARDIAN, EXPERT, PROVIDER, VISITOR;

    static final Set<Caller> EVERYONE = EnumSet.allOf(Caller.class);
    static final Set<Caller> SIGNED_IN = EnumSet.complementOf(EnumSet.of(VISITOR));
    static final Set<Caller> NOBODY = EnumSet.noneOf(Caller.class);
    /** Platform and region administrators. */
    static final Set<Caller> REGION_ADMINS = EnumSet.of(PLATFORM, CITY, COUNTY, OTHER_COUNTY);
    static final Set<Caller> ADMINS = EnumSet.of(PLATFORM, CITY, COUNTY, OTHER_COUNTY, SCHOOL, OTHER_SCHOOL);
    /** Those governing county A (and so school A). */
    static final Set<Caller> GOVERN_A = EnumSet.of(PLATFORM, CITY, COUNTY);
    static final Set<Caller> GOVERN_B = EnumSet.of(PLATFORM, CITY, OTHER_COUNTY);
    static final Set<Caller> GOVERN_CITY = EnumSet.of(PLATFORM, CITY);
    /** Those administering school A: its governors and its school administrator. */
    static final Set<Caller> MANAGE_A = EnumSet.of(PLATFORM, CITY, COUNTY, SCHOOL);
    static final Set<Caller> MANAGE_B = EnumSet.of(PLATFORM, CITY, OTHER_COUNTY, OTHER_SCHOOL);
    /** The people of school A: its administrator, teachers and students. */
    static final Set<Caller> OF_SCHOOL_A = EnumSet.of(SCHOOL, TEACHER, OTHER_TEACHER, STUDENT, CLASSMATE,
            OTHER_STUDENT);
    /** Who may contribute resources. */
    static final Set<Caller> CONTRIBUTORS = EnumSet.of(PLATFORM, CITY, COUNTY, OTHER_COUNTY, SCHOOL, OTHER_SCHOOL,
            TEACHER, OTHER_TEACHER, EXPERT);

    /** The union of the given groups and single callers. */
    @SafeVarargs
    static Set<Caller> union(Set<Caller>... groups) {
        Set<Caller> all = EnumSet.noneOf(Caller.class);
        for (Set<Caller> g : groups) {
            all.addAll(g);
        }
        return all;
    }

    static Set<Caller> plus(Set<Caller> group, Caller... more) {
        Set<Caller> all = EnumSet.noneOf(Caller.class);
        all.addAll(group);
        all.addAll(Set.of(more));
        return all;
    }

    static Set<Caller> only(Caller first, Caller... more) {
        return EnumSet.of(first, more);
    }
}
