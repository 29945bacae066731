package org.renrentong.resource;

import java.util.List;
import org.renrentong.taxonomy.NodeLevel;
import org.renrentong.taxonomy.TextbookTree;
import org.renrentong.taxonomy.TreeNode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One level of the textbook tree, opened lazily with htmx: checkboxes to place a resource (pick), links that
 * filter the search (find), or a single choice for another page's form (one: radio buttons named textbookNode).
 * Editions always show their publisher.
 */
@Controller
class TreePickerController {

    private final TextbookTree tree;

    TreePickerController(TextbookTree tree) {
        this.tree = tree;
    }

    /** A node of the level list; label carries the edition's publisher. */
    record Branch(TreeNode node, String label, boolean leaf, boolean placeable) {
    }

    /**
     * The children of a node (the stages without one); given a subject code instead, that subject's node under each
     * stage, so that a choice limited to a subject starts there.
     */
    @GetMapping("/resources/tree")
    String level(@RequestParam(required = false) Long parent, @RequestParam(defaultValue = "find") String mode,
                 @RequestParam(required = false) String subject, Model model) {
        List<Branch> branches = (parent == null && subject != null ? subjectBranches(subject)
                : tree.children(parent).stream().map(n -> branch(n, label(n))).toList()).stream()
                .filter(b -> !b.node().retired() || "find".equals(mode)).toList();
        model.addAttribute("branches", branches);
        model.addAttribute("pick", "pick".equals(mode));
        model.addAttribute("one", "one".equals(mode));
        model.addAttribute("mode", "pick".equals(mode) || "one".equals(mode) ? mode : "find");
        return "resource/tree :: level";
    }

    /** The subject's node under each stage in use, labelled with its stage: 初中 · 数学. */
    private List<Branch> subjectBranches(String subject) {
        return tree.children(null).stream().filter(stage -> !stage.retired())
                .flatMap(stage -> tree.children(stage.id()).stream().filter(n -> subject.equals(n.code()))
                        .map(n -> branch(n, stage.name() + " · " + n.name())))
                .toList();
    }

    private String label(TreeNode n) {
        return n.level() == NodeLevel.EDITION ? tree.edition(n.id()).map(e -> e.label()).orElse(n.name()) : n.name();
    }

    private static Branch branch(TreeNode n, String label) {
        return new Branch(n, label, n.level() == NodeLevel.LESSON, n.level().ordinal() >= NodeLevel.EDITION.ordinal());
    }
}
