package org.renrentong.taxonomy;

import java.util.List;

/**
 * A node as the pages list it: an edition always labelled with its publisher, a subject node whose standard code
 * is retired marked as such.
 */
record NodeView(TreeNode node, String label, boolean retiredSubject) {

    static List<NodeView> of(TextbookTree tree, List<TreeNode> nodes) {
        return nodes.stream().map(n -> new NodeView(n, n.level() == NodeLevel.EDITION
                ? tree.edition(n.id()).map(Edition::label).orElse(n.name()) : n.name(),
                n.level() == NodeLevel.SUBJECT && tree.subjectRetired(n.code()))).toList();
    }

    /** Only lessons are leaves by rule; any other node may be expanded. */
    public boolean expandable() {
        return node.level() != NodeLevel.LESSON;
    }
}
