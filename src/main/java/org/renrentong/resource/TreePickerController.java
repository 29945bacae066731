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
 * One level of the textbook tree, opened lazily with htmx: checkboxes to place a resource (pick) or links that
 * filter the search (find). Editions always show their publisher.
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

    @GetMapping("/resources/tree")
    String level(@RequestParam(required = false) Long parent, @RequestParam(defaultValue = "find") String mode,
                 Model model) {
        List<Branch> branches = tree.children(parent).stream().filter(n -> !n.retired() || "find".equals(mode))
                .map(this::branch).toList();
        model.addAttribute("branches", branches);
        model.addAttribute("pick", "pick".equals(mode));
        return "resource/tree :: level";
    }

    private Branch branch(TreeNode n) {
        String label = n.level() == NodeLevel.EDITION
                ? tree.edition(n.id()).map(e -> e.label()).orElse(n.name()) : n.name();
        return new Branch(n, label, n.level() == NodeLevel.LESSON, n.level().ordinal() >= NodeLevel.EDITION.ordinal());
    }
}
