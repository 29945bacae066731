package org.renrentong.taxonomy;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** The platform administrators' tree editor: one node at a time with its children, the forms beside them. */
@Controller
@RequestMapping("/admin/textbook-tree")
class TreeAdminController {

    private static final String PAGE = "/admin/textbook-tree";

    private final TextbookTree tree;
    private final TreeEditing editing;
    private final TreeTransfer transfer;
    private final MessageSource messages;
    private final JsonMapper json;

    TreeAdminController(TextbookTree tree, TreeEditing editing, TreeTransfer transfer, MessageSource messages,
                        JsonMapper json) {
        this.tree = tree;
        this.editing = editing;
        this.transfer = transfer;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping
    String page(Actor me, @RequestParam(required = false) Long node, Model model) {
        return page(me, node, model, TreeFormFailure.NONE);
    }

    @PostMapping("/add")
    String add(Actor me, @RequestParam(required = false) Long parent, @RequestParam(defaultValue = "") String level,
               @RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String name,
               @RequestParam(defaultValue = "") String publisher, Model model, RedirectAttributes redirect) {
        try {
            NodeLevel chosen = Arrays.stream(NodeLevel.values()).filter(l -> l.name().equals(level)).findFirst()
                    .orElse(null);
            TreeNode added = editing.add(me, parent, chosen, code, name, publisher);
            return done(redirect, "taxonomy.added", added.name(), parent);
        } catch (DomainException e) {
            return failed(me, parent, model, e, TreeFormFailure.of("add", e, level, code, name, publisher, null));
        }
    }

    @PostMapping("/{id}/rename")
    String rename(Actor me, @PathVariable long id, @RequestParam(defaultValue = "") String name,
                  @RequestParam(defaultValue = "") String publisher, Model model, RedirectAttributes redirect) {
        try {
            return done(redirect, "taxonomy.renamed", editing.rename(me, id, name, publisher).name(), id);
        } catch (DomainException e) {
            return failed(me, id, model, e, TreeFormFailure.of("rename", e, null, null, name, publisher, null));
        }
    }

    @PostMapping("/{id}/reorder")
    String reorder(Actor me, @PathVariable long id, @RequestParam boolean up, RedirectAttributes redirect) {
        TreeNode node = editing.reorder(me, id, up);
        return done(redirect, "taxonomy.reordered", node.name(), node.parentId());
    }

    @PostMapping("/{id}/move")
    String move(Actor me, @PathVariable long id, @RequestParam(defaultValue = "") String target, Model model,
                RedirectAttributes redirect) {
        try {
            TreeNode parent = tree.at(target).orElseThrow(
                    () -> DomainException.invalid("taxonomy.move.targetUnknown", target.trim()));
            return done(redirect, "taxonomy.moved", editing.move(me, id, parent.id()).name(), id);
        } catch (DomainException e) {
            return failed(me, id, model, e, TreeFormFailure.of("move", e, null, null, null, null, target));
        }
    }

    @PostMapping("/{id}/retire")
    String retire(Actor me, @PathVariable long id, RedirectAttributes redirect) {
        return done(redirect, "taxonomy.retiredDone", editing.retire(me, id).name(), id);
    }

    @PostMapping("/import")
    String importFile(Actor me, @RequestParam(required = false) Long node,
                      @RequestParam(name = "file", required = false) MultipartFile file, Model model)
            throws IOException {
        try {
            model.addAttribute("report", ImportReport.of(TreeFiles.importFile(transfer, json, me, file), messages));
            return page(me, node, model, TreeFormFailure.NONE);
        } catch (DomainException e) {
            return failed(me, node, model, e, TreeFormFailure.of("import", e, null, null, null, null, null));
        }
    }

    /** Checks a file without importing it: the problems come back as a downloadable .xlsx report. */
    @PostMapping("/import/check")
    String checkFile(Actor me, @RequestParam(required = false) Long node,
                     @RequestParam(name = "file", required = false) MultipartFile file, Model model,
                     HttpServletResponse response) throws IOException {
        try {
            TreeFiles.checkReport(transfer, json, messages, me, file, response);
            return null;
        } catch (DomainException e) {
            return failed(me, node, model, e, TreeFormFailure.of("import", e, null, null, null, null, null));
        }
    }

    private String done(RedirectAttributes redirect, String key, String name, Long node) {
        redirect.addFlashAttribute("done", key);
        redirect.addFlashAttribute("doneName", name);
        return node == null ? "redirect:" + PAGE : "redirect:" + PAGE + "?node=" + node;
    }

    /** A refusal of the actor is no form error: it goes to the error page. */
    private String failed(Actor me, Long node, Model model, DomainException e, TreeFormFailure failure) {
        if (e.status() == HttpStatus.FORBIDDEN || e.status() == HttpStatus.NOT_FOUND) {
            throw e;
        }
        return page(me, node, model, failure);
    }

    private String page(Actor me, Long node, Model model, TreeFormFailure failure) {
        if (!editing.mayEdit(me)) {
            throw DomainException.forbidden();
        }
        TreePlace place = node == null ? null : tree.place(node);
        NodeLevel level = place == null ? null : place.node().level();
        model.addAttribute("place", place);
        model.addAttribute("crumbs", place == null ? List.of() : NodeView.of(tree, place.path()));
        String codePath = place == null ? "" : place.codePath();
        model.addAttribute("parentCodePath", codePath.contains("/") ? codePath.substring(0, codePath.lastIndexOf('/'))
                : codePath);
        model.addAttribute("edition", node == null ? null : tree.edition(node).orElse(null));
        model.addAttribute("children", NodeView.of(tree, tree.children(node)));
        List<NodeLevel> childLevels = Arrays.stream(NodeLevel.values()).filter(l -> l.mayFollow(level)).toList();
        model.addAttribute("childLevels", childLevels);
        model.addAttribute("editionChild", childLevels.contains(NodeLevel.EDITION));
        model.addAttribute("admin", true);
        model.addAttribute("failure", failure);
        return "taxonomy/admin";
    }
}
