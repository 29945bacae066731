package org.renrentong.space;

/** Personal space of a person, or institutional space of a bureau, school, class or group. */
public enum SpaceKind {
    PERSONAL, BUREAU, SCHOOL, CLASS, GROUP;

    public boolean institutional() {
        return this != PERSONAL;
    }
}
