package org.renrentong.space;

/**
 * Who may read a space: everyone (also without signing in), its members (see {@link SpacePolicy}), or only
 * its owner and those who manage it.
 */
public enum Visibility {
    PUBLIC, MEMBERS, PRIVATE;

    /** Schools and bureaus are public front pages; class, group and personal spaces stay among members. */
    static Visibility defaultFor(SpaceKind kind) {
        return kind == SpaceKind.SCHOOL || kind == SpaceKind.BUREAU ? PUBLIC : MEMBERS;
    }
}
