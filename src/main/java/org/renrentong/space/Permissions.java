package org.renrentong.space;

/**
 * What the viewer may do in a space.
 *
 * @param view       read the space (home, feed, images)
 * @param member     see who belongs (names of a class's teachers and students, of a group's members)
 * @param post       write posts
 * @param postNotice write notices (institutional spaces, by those who manage them)
 * @param manage     edit introduction and visibility, delete others' posts
 * @param owner      the viewer's own personal space
 */
public record Permissions(boolean view, boolean member, boolean post, boolean postNotice, boolean manage,
                          boolean owner) {

    static final Permissions NONE = new Permissions(false, false, false, false, false, false);
    static final Permissions READ = new Permissions(true, false, false, false, false, false);
}
