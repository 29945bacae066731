package org.renrentong.taxonomy;

/** A stored node with what the public record leaves out: the edition's publisher and the materialised id path. */
record NodeRow(TreeNode node, String publisher, String path) {

    long id() {
        return node.id();
    }

    NodeLevel level() {
        return node.level();
    }

    String code() {
        return node.code();
    }

    /** The name as shown: an edition always with its publisher. */
    String label() {
        return publisher == null ? node.name() : new Edition(node.code(), node.name(), publisher).label();
    }
}
