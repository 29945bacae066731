package org.renrentong.testing;

import org.renrentong.taxonomy.NodeLevel;
import org.renrentong.taxonomy.TextbookTree;
import org.renrentong.taxonomy.TreeEditing;
import org.renrentong.taxonomy.TreeNode;
import org.springframework.stereotype.Component;

/**
 * Builds textbook-tree nodes for tests through the real editing service, under the sample stages and subjects that
 * ship with every node:
 * <pre>
 *   TreeNode edition = trees.edition("2", "14", "测试版", "测试出版社");
 *   TreeNode lesson = trees.chain(edition, NodeLevel.GRADE, NodeLevel.VOLUME, NodeLevel.CHAPTER, NodeLevel.LESSON);
 * </pre>
 * Each new edition has a unique code, so tests never collide in the shared database.
 */
@Component
public class TreeBuilder {

    private final TextbookTree tree;
    private final TreeEditing editing;
    private final Fixtures fixtures;

    TreeBuilder(TextbookTree tree, TreeEditing editing, Fixtures fixtures) {
        this.tree = tree;
        this.editing = editing;
        this.fixtures = fixtures;
    }

    /** The node at a code path from the stages down, e.g. "2/14/rj". */
    public TreeNode at(String codePath) {
        return tree.at(codePath).orElseThrow();
    }

    /** A new edition with a unique code under a sample stage and subject. */
    public TreeNode edition(String stageCode, String subjectCode, String name, String publisher) {
        TreeNode subject = at(stageCode + "/" + subjectCode);
        return editing.add(fixtures.platformAdmin(), subject.id(), NodeLevel.EDITION, "t" + Fixtures.unique(), name,
                publisher);
    }

    public TreeNode child(TreeNode parent, NodeLevel level, String code, String name) {
        return editing.add(fixtures.platformAdmin(), parent.id(), level, code, name, null);
    }

    /**
     * A chain of nodes, one per level, below a parent; returns the last. A grade gets the first standard grade code
     * of its stage (11, 21 or 31).
     */
    public TreeNode chain(TreeNode parent, NodeLevel... levels) {
        TreeNode node = parent;
        for (NodeLevel level : levels) {
            String code = level == NodeLevel.GRADE ? tree.place(node.id()).stageCode() + "1"
                    : level.name().toLowerCase() + "1";
            node = child(node, level, code, level.name().toLowerCase() + " " + Fixtures.unique());
        }
        return node;
    }
}
