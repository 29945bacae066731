package org.renrentong.taxonomy;

import java.util.List;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the textbook tree. The tree is national reference data shared by every node of the system, so only
 * platform administrators edit it; each write checks that first and is audited last.
 */
@Service
public class TreeEditing {

    private final TreeRepository repository;
    private final StandardCodes codes;
    private final TextbookTree tree;
    private final AuditLog audit;

    TreeEditing(TreeRepository repository, StandardCodes codes, TextbookTree tree, AuditLog audit) {
        this.repository = repository;
        this.codes = codes;
        this.tree = tree;
        this.audit = audit;
    }

    public boolean mayEdit(Actor actor) {
        return TaxonomyPolicy.mayEdit(actor);
    }

    /** Adds a node as the last child of a parent (null: a new stage). */
    @Transactional
    public TreeNode add(Actor actor, Long parentId, NodeLevel level, String code, String name, String publisher) {
        requireEditor(actor);
        NodeRow parent = parentId == null ? null : row(parentId);
        NodeRules.level(level, parent);
        String cleanCode = NodeRules.code(code);
        NodeRules.standard(codes, level, cleanCode);
        NodeRules.notRetired(codes, level, cleanCode);
        if (level == NodeLevel.GRADE) {
            NodeRules.gradeInStage(codes, cleanCode, tree.place(parentId).stageCode());
        }
        String cleanName = NodeRules.name(name);
        String cleanPublisher = NodeRules.publisher(level, publisher);
        requireFreeCode(parentId, cleanCode, null);
        long id = repository.insert(parentId, parent == null ? "/" : parent.path(), level, cleanCode, cleanName,
                cleanPublisher);
        return audited(actor, "TEXTBOOK_NODE_ADDED", id);
    }

    /** Renames a node; an edition may also change its publisher's name. */
    @Transactional
    public TreeNode rename(Actor actor, long nodeId, String name, String publisher) {
        requireEditor(actor);
        NodeRow node = inUse(nodeId);
        String cleanPublisher = node.level() == NodeLevel.EDITION && (publisher == null || publisher.isBlank())
                ? node.publisher() : NodeRules.publisher(node.level(), publisher);
        repository.update(nodeId, NodeRules.name(name), cleanPublisher);
        return audited(actor, "TEXTBOOK_NODE_RENAMED", nodeId);
    }

    /** Swaps a node with its previous (up) or next sibling; at either end nothing moves. */
    @Transactional
    public TreeNode reorder(Actor actor, long nodeId, boolean up) {
        requireEditor(actor);
        NodeRow node = row(nodeId);
        List<NodeRow> siblings = repository.children(node.node().parentId());
        int at = siblings.stream().map(NodeRow::id).toList().indexOf(nodeId);
        int other = up ? at - 1 : at + 1;
        if (other < 0 || other >= siblings.size()) {
            return node.node();
        }
        // renumber all siblings so that equal positions left by imports cannot make the swap a no-op
        for (int i = 0; i < siblings.size(); i++) {
            int position = i == at ? other : i == other ? at : i;
            repository.position(siblings.get(i).id(), position);
        }
        return audited(actor, up ? "TEXTBOOK_NODE_MOVED_UP" : "TEXTBOOK_NODE_MOVED_DOWN", nodeId);
    }

    /** Hangs a node with everything below it under another parent, as its last child. */
    @Transactional
    public TreeNode move(Actor actor, long nodeId, Long newParentId) {
        requireEditor(actor);
        NodeRow node = inUse(nodeId);
        NodeRow parent = newParentId == null ? null : row(newParentId);
        if (parent != null && parent.path().startsWith(node.path())) {
            throw DomainException.invalid("taxonomy.move.intoItself");
        }
        NodeRules.level(node.level(), parent);
        if (parent != null) {
            String stage = tree.place(parent.id()).stageCode();
            repository.subtree(node.path()).stream().filter(n -> n.level() == NodeLevel.GRADE)
                    .forEach(grade -> NodeRules.gradeInStage(codes, grade.code(), stage));
        }
        requireFreeCode(newParentId, node.code(), nodeId);
        repository.move(node, newParentId, parent == null ? "/" : parent.path());
        return audited(actor, "TEXTBOOK_NODE_MOVED", nodeId);
    }

    /**
     * Retires a node and everything below it. They stay in the tree for history: resources already placed there keep
     * their place, but no new placement is accepted.
     */
    @Transactional
    public TreeNode retire(Actor actor, long nodeId) {
        requireEditor(actor);
        NodeRow node = inUse(nodeId);
        repository.retire(node.path());
        return audited(actor, "TEXTBOOK_NODE_RETIRED", nodeId);
    }

    private TreeNode audited(Actor actor, String action, long nodeId) {
        TreePlace place = tree.place(nodeId);
        audit.record(actor.audited(action, "textbook_node", nodeId, null, null, place.label()));
        return place.node();
    }

    /** Every write starts here: the permission check, then the tree's write lock (see TreeRepository). */
    private void requireEditor(Actor actor) {
        TaxonomyPolicy.requireEditor(actor);
        repository.lockForWriting();
    }

    private void requireFreeCode(Long parentId, String code, Long exceptId) {
        repository.child(parentId, code).filter(n -> !Long.valueOf(n.id()).equals(exceptId)).ifPresent(n -> {
            throw DomainException.conflict("taxonomy.code.taken", code, n.label());
        });
    }

    private NodeRow inUse(long nodeId) {
        NodeRow node = row(nodeId);
        if (node.node().retired()) {
            throw DomainException.invalid("taxonomy.node.retired", node.label());
        }
        return node;
    }

    private NodeRow row(long nodeId) {
        return repository.find(nodeId).orElseThrow(() -> DomainException.notFound("taxonomy.node.unknown"));
    }
}
