package org.renrentong.space;

import org.renrentong.shared.Slice;

/**
 * One page of a space's posts or notices, with what the viewer may do to them.
 *
 * @param viewerId the signed-in viewer, or null for an anonymous visitor
 */
public record Feed(long spaceId, PostKind kind, Slice<PostView> page, Permissions can, Long viewerId) {

    /** Own posts can be deleted by their author; all posts by those who manage the space. */
    public boolean canDelete(PostView post) {
        return can.manage() || (viewerId != null && post.authorId() == viewerId);
    }
}
