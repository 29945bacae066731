package org.renrentong.classroom.closure;

import java.util.Optional;
import org.renrentong.shared.DomainException;
import org.renrentong.taxonomy.TextbookTree;
import org.renrentong.taxonomy.TreeNode;
import org.springframework.stereotype.Component;

/** The textbook-tree node a period of the online schedule teaches: checked when set, described when shown. */
@Component
class LessonNodes {

    private final TextbookTree tree;

    LessonNodes(TextbookTree tree) {
        this.tree = tree;
    }

    /**
     * The node a teacher points a period at: one in use, and of the period's subject when the timetable gives the
     * period one. Null stays null (no node).
     */
    Long checked(Long nodeId, String subjectCode, String subjectName) {
        if (nodeId == null) {
            return null;
        }
        if (tree.node(nodeId).filter(n -> !n.retired()).isEmpty()) {
            throw DomainException.invalid("closure.lesson.node.unknown", String.valueOf(nodeId));
        }
        if (subjectCode != null && !subjectCode.equals(tree.place(nodeId).subjectCode())) {
            throw DomainException.invalid("closure.lesson.node.otherSubject", subjectName);
        }
        return nodeId;
    }

    /** The node as shown, retired or not (what was set stays readable); none once it is gone from the tree. */
    Optional<OnlineSchedule.LessonNode> shown(Long nodeId) {
        if (nodeId == null) {
            return Optional.empty();
        }
        return tree.node(nodeId).map(TreeNode::id).map(tree::place).map(OnlineSchedule.LessonNode::of);
    }
}
