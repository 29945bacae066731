package org.renrentong.org;

/** A class within a grade, with where it belongs for scope checks. */
public record SchoolClass(long id, String name, long gradeId, String gradeName, long schoolId, String schoolName,
                          String regionPath) {

    /** "七年级1班" */
    public String fullName() {
        return gradeName + name;
    }
}
