package org.renrentong.taxonomy;

import java.util.List;
import java.util.Objects;

/**
 * The JSON exchange format of the textbook tree: nested nodes from the stages down. An export of a subtree carries
 * the chain of its ancestors too, so that importing it elsewhere finds or creates the same place.
 */
public record TreeFile(String format, int version, List<FileNode> nodes) {

    public static final String FORMAT = "renrentong-textbook-tree";

    public TreeFile {
        nodes = nodes == null ? List.of() : nodes.stream().filter(Objects::nonNull).toList();
    }

    /** One node; publisher only for editions; retired when absent means in use. */
    public record FileNode(NodeLevel level, String code, String name, String publisher, Boolean retired,
                           List<FileNode> children) {

        public FileNode {
            retired = Boolean.TRUE.equals(retired);
            children = children == null ? List.of() : children.stream().filter(Objects::nonNull).toList();
        }
    }
}
