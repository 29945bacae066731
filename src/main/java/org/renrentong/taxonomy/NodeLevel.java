package org.renrentong.taxonomy;

/**
 * The levels of the textbook tree, from the top. Stage, subject and edition are always present; below an edition a
 * node may skip levels (a senior-high book has volumes such as 必修第一册 but no grade), but never climbs back up.
 */
public enum NodeLevel {
    STAGE, SUBJECT, EDITION, GRADE, VOLUME, CHAPTER, SECTION, LESSON;

    /** Whether a node of this level may hang under a parent of the given level (null: at the root). */
    public boolean mayFollow(NodeLevel parent) {
        if (parent == null) {
            return this == STAGE;
        }
        if (parent == LESSON) {
            return false;
        }
        if (parent.ordinal() < EDITION.ordinal()) {
            return ordinal() == parent.ordinal() + 1;
        }
        return ordinal() > parent.ordinal();
    }

    /** Levels whose codes come from the national code tables rather than from the editor. */
    public boolean standardCoded() {
        return this == STAGE || this == SUBJECT || this == GRADE;
    }
}
