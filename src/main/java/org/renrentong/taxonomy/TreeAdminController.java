package org.renrentong.taxonomy;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.renrentong.shared.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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
    /** A refusal goes beside the field its key names (taxonomy.code.taken → code), else above its form. */
    private static final FormErrors ERRORS = FormErrors.fields("taxonomy.parent.", "");

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

    /** What the add form sends; the level as typed, so that a stale one is refused by the rules, not the binder. */
    record AddForm(Long parent, String level, String code, String name, String publisher) {
        AddForm {
            level = level == null ? "" : level;
            code = code == null ? "" : code;
            name = name == null ? "" : name;
            publisher = publisher == null ? "" : publisher;
        }
    }

    record RenameForm(String name, String publisher) {
        RenameForm {
            name = name == null ? "" : name;
            publisher = publisher == null ? "" : publisher;
        }
    }

    /** What the move form sends: the code path of the new parent. */
    record MoveForm(String target) {
        MoveForm {
            target = target == null ? "" : target;
        }
    }

    record ImportForm(Long node, MultipartFile file) {
    }

    @GetMapping
    String page(Actor me, @RequestParam(required = false) Long node, Model model) {
        return editor(me, node, model);
    }

    @PostMapping("/add")
    String add(Actor me, @ModelAttribute("addForm") AddForm form, BindingResult binding, Model model,
               RedirectAttributes redirect) {
        try {
            NodeLevel chosen = Arrays.stream(NodeLevel.values()).filter(l -> l.name().equals(form.level()))
                    .findFirst().orElse(null);
            TreeNode added = editing.add(me, form.parent(), chosen, form.code(), form.name(), form.publisher());
            return done(redirect, "taxonomy.added", added.name(), form.parent());
        } catch (DomainException e) {
            return failed(me, form.parent(), model, e, binding);
        }
    }

    @PostMapping("/{id}/rename")
    String rename(Actor me, @PathVariable long id, @ModelAttribute("renameForm") RenameForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            return done(redirect, "taxonomy.renamed", editing.rename(me, id, form.name(), form.publisher()).name(),
                    id);
        } catch (DomainException e) {
            return failed(me, id, model, e, binding);
        }
    }

    @PostMapping("/{id}/reorder")
    String reorder(Actor me, @PathVariable long id, @RequestParam boolean up, RedirectAttributes redirect) {
        TreeNode node = editing.reorder(me, id, up);
        return done(redirect, "taxonomy.reordered", node.name(), node.parentId());
    }

    @PostMapping("/{id}/move")
    String move(Actor me, @PathVariable long id, @ModelAttribute("moveForm") MoveForm form, BindingResult binding,
                Model model, RedirectAttributes redirect) {
        try {
            TreeNode parent = tree.at(form.target()).orElseThrow(
                    () -> DomainException.invalid("taxonomy.move.targetUnknown", form.target().trim()));
            return done(redirect, "taxonomy.moved", editing.move(me, id, parent.id()).name(), id);
        } catch (DomainException e) {
            return failed(me, id, model, e, binding);
        }
    }

    @PostMapping("/{id}/retire")
    String retire(Actor me, @PathVariable long id, RedirectAttributes redirect) {
        return done(redirect, "taxonomy.retiredDone", editing.retire(me, id).name(), id);
    }

    @PostMapping("/import")
    String importFile(Actor me, @ModelAttribute("importForm") ImportForm form, BindingResult binding, Model model)
            throws IOException {
        try {
            model.addAttribute("report",
                    ImportReport.of(TreeFiles.importFile(transfer, json, me, form.file()), messages));
            return editor(me, form.node(), model);
        } catch (DomainException e) {
            return failed(me, form.node(), model, e, binding);
        }
    }

    /** Checks a file without importing it: the problems come back as a downloadable .xlsx report. */
    @PostMapping("/import/check")
    String checkFile(Actor me, @ModelAttribute("importForm") ImportForm form, BindingResult binding, Model model,
                     HttpServletResponse response) throws IOException {
        try {
            TreeFiles.checkReport(transfer, json, messages, me, form.file(), response);
            return null;
        } catch (DomainException e) {
            return failed(me, form.node(), model, e, binding);
        }
    }

    private String done(RedirectAttributes redirect, String key, String name, Long node) {
        redirect.addFlashAttribute("done", key);
        redirect.addFlashAttribute("doneName", name);
        return node == null ? "redirect:" + PAGE : "redirect:" + PAGE + "?node=" + node;
    }

    /** An unknown node is no form error either: like a refusal of the actor, it goes to the error page. */
    private String failed(Actor me, Long node, Model model, DomainException e, BindingResult binding) {
        if (e.status() == HttpStatus.NOT_FOUND) {
            throw e;
        }
        ERRORS.reject(e, binding);
        return editor(me, node, model);
    }

    /** The editor at a node; a form refused just now keeps what was typed and its errors. */
    private String editor(Actor me, Long node, Model model) {
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
        model.addAttribute("children", NodeView.of(tree, tree.children(node)));
        List<NodeLevel> childLevels = Arrays.stream(NodeLevel.values()).filter(l -> l.mayFollow(level)).toList();
        model.addAttribute("childLevels", childLevels);
        model.addAttribute("editionChild", childLevels.contains(NodeLevel.EDITION));
        model.addAttribute("admin", true);
        Edition edition = node == null ? null : tree.edition(node).orElse(null);
        model.addAttribute("edition", edition);
        if (!model.containsAttribute("addForm")) {
            model.addAttribute("addForm", new AddForm(node, null, null, null, null));
        }
        if (!model.containsAttribute("renameForm")) {
            model.addAttribute("renameForm", new RenameForm(place == null ? "" : place.node().name(),
                    edition == null ? "" : edition.publisher()));
        }
        if (!model.containsAttribute("moveForm")) {
            model.addAttribute("moveForm", new MoveForm(""));
        }
        if (!model.containsAttribute("importForm")) {
            model.addAttribute("importForm", new ImportForm(node, null));
        }
        return "taxonomy/admin";
    }
}
