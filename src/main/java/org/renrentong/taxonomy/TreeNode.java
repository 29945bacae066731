package org.renrentong.taxonomy;

/** One node of the textbook tree. A retired node is kept for history: what sits there stays, nothing new is placed. */
public record TreeNode(long id, Long parentId, NodeLevel level, String code, String name, int position,
                       boolean retired) {
}
