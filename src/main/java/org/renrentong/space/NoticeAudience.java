package org.renrentong.space;

/** Whom a class notice addresses: the class's students, the guardians of its students, or both. */
public enum NoticeAudience {
    STUDENTS, GUARDIANS, BOTH;

    public boolean students() {
        return this != GUARDIANS;
    }

    public boolean guardians() {
        return this != STUDENTS;
    }
}
