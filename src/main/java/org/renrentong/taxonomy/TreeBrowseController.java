package org.renrentong.taxonomy;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The textbook tree for everyone, visitors included: pick stage, subject and edition (always shown with its
 * publisher), then unfold the chapters and lessons below it.
 */
@Controller
@RequestMapping("/textbook-tree")
class TreeBrowseController {

    private final TextbookTree tree;

    TreeBrowseController(TextbookTree tree) {
        this.tree = tree;
    }

    @GetMapping
    String browse(@RequestParam(required = false) Long node, @RequestParam(required = false) Long stage,
                  @RequestParam(required = false) Long subject, @RequestParam(required = false) Long edition,
                  Model model) {
        Long chosen = chosen(node, stage, subject, edition);
        TreePlace place = chosen == null ? null : tree.place(chosen);
        List<TreeNode> path = place == null ? List.of() : place.path();
        Long stageId = idAt(path, 0);
        Long subjectId = idAt(path, 1);
        model.addAttribute("place", place);
        model.addAttribute("crumbs", place == null ? List.of() : NodeView.of(tree, place.path()));
        model.addAttribute("stages", NodeView.of(tree, tree.children(null)));
        model.addAttribute("subjects", stageId == null ? List.of() : NodeView.of(tree, tree.children(stageId)));
        model.addAttribute("editions", subjectId == null ? List.of() : NodeView.of(tree, tree.children(subjectId)));
        model.addAttribute("stageId", stageId);
        model.addAttribute("subjectId", subjectId);
        model.addAttribute("editionId", idAt(path, 2));
        model.addAttribute("children", NodeView.of(tree, tree.children(chosen)));
        model.addAttribute("admin", false);
        return "taxonomy/browse";
    }

    /** One level below a node, unfolded in place (htmx). */
    @GetMapping("/branch/{id}")
    String branch(@PathVariable long id, @RequestParam(defaultValue = "false") boolean admin, Model model) {
        tree.place(id);
        model.addAttribute("children", NodeView.of(tree, tree.children(id)));
        model.addAttribute("admin", admin);
        return "taxonomy/fragments :: branch";
    }

    /**
     * The deepest choice that still fits: a subject only counts under the chosen stage and an edition only under the
     * chosen subject, so changing the stage in the picker drops a stale subject.
     */
    private Long chosen(Long node, Long stage, Long subject, Long edition) {
        if (stage == null) {
            return node;
        }
        Long chosen = stage;
        if (subject != null && parentIs(subject, chosen)) {
            chosen = subject;
            if (edition != null && parentIs(edition, chosen)) {
                chosen = edition;
            }
        }
        return chosen;
    }

    private boolean parentIs(long id, long parentId) {
        Optional<TreeNode> node = tree.node(id);
        return node.isPresent() && Long.valueOf(parentId).equals(node.get().parentId());
    }

    private static Long idAt(List<TreeNode> path, int index) {
        return path.size() > index ? path.get(index).id() : null;
    }
}
