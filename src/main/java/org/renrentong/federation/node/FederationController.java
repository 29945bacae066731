package org.renrentong.federation.node;

import java.beans.PropertyEditorSupport;
import org.renrentong.federation.NodeLevel;
import org.renrentong.identity.Actor;
import org.renrentong.identity.LenientChoice;
import org.renrentong.shared.DomainException;
import org.renrentong.shared.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The federation page of a platform administrator: this node's parent (or the form to join one), the children that
 * joined it with their state, and the join tokens issued for children to come (a new one shown once).
 */
@Controller
@RequestMapping("/admin/federation")
class FederationController {

    private static final FormErrors PARENT_ERRORS = FormErrors.fields("node.baseUrl", "baseUrl",
            "node.join.unreachable", "baseUrl", "node.join.notANode", "baseUrl", "node.join.token", "token", "", "");
    private static final FormErrors TOKEN_ERRORS = FormErrors.fields("node.token.level", "level",
            "node.region", "regionCode", "node.token.region", "regionCode", "node.token.validHours", "validHours",
            "", "name");

    private final ParentLink parentLink;
    private final Children children;
    private final JoinTokens tokens;
    private final NodeSettings settings;

    FederationController(ParentLink parentLink, Children children, JoinTokens tokens, NodeSettings settings) {
        this.parentLink = parentLink;
        this.children = children;
        this.tokens = tokens;
        this.settings = settings;
    }

    /** A level or number that does not convert becomes one the service refuses beside its field. */
    @InitBinder("tokenForm")
    void lenientFields(WebDataBinder binder) {
        binder.registerCustomEditor(NodeLevel.class, new LenientChoice<>(NodeLevel.class));
        binder.registerCustomEditor(Integer.class, "validHours", new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                String clean = text == null ? "" : text.strip();
                setValue(clean.isEmpty() ? null : clean.matches("\\d{1,4}") ? Integer.valueOf(clean) : 0);
            }
        });
    }

    @GetMapping
    String page(Actor me, Model model) {
        return page(me, new ParentForm("", ""), new TokenForm("", null, "", JoinTokens.DEFAULT_HOURS), model);
    }

    @PostMapping("/parent")
    String join(Actor me, @ModelAttribute("parentForm") ParentForm form, BindingResult binding, Model model,
                RedirectAttributes redirect) {
        try {
            parentLink.join(me, form);
            redirect.addFlashAttribute("done", "node.parent.joined");
            return "redirect:/admin/federation";
        } catch (DomainException e) {
            PARENT_ERRORS.reject(e, binding);
        }
        return page(me, form, new TokenForm("", null, "", JoinTokens.DEFAULT_HOURS), model);
    }

    @PostMapping("/tokens")
    String issue(Actor me, @ModelAttribute("tokenForm") TokenForm form, BindingResult binding, Model model,
                 RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                redirect.addFlashAttribute("issued", tokens.issue(me, form));
                return "redirect:/admin/federation";
            } catch (DomainException e) {
                TOKEN_ERRORS.reject(e, binding);
            }
        }
        return page(me, new ParentForm("", ""), form, model);
    }

    @PostMapping("/tokens/{id}/revoke")
    String revoke(Actor me, @PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(me, id);
        redirect.addFlashAttribute("done", "node.token.revoked");
        return "redirect:/admin/federation";
    }

    @PostMapping("/children/{code}/suspend")
    String suspend(Actor me, @PathVariable String code, RedirectAttributes redirect) {
        children.suspend(me, code, true);
        redirect.addFlashAttribute("done", "node.child.suspended");
        return "redirect:/admin/federation";
    }

    @PostMapping("/children/{code}/resume")
    String resume(Actor me, @PathVariable String code, RedirectAttributes redirect) {
        children.suspend(me, code, false);
        redirect.addFlashAttribute("done", "node.child.resumed");
        return "redirect:/admin/federation";
    }

    @PostMapping("/children/{code}/remove")
    String remove(Actor me, @PathVariable String code, RedirectAttributes redirect) {
        children.remove(me, code);
        redirect.addFlashAttribute("done", "node.child.removed");
        return "redirect:/admin/federation";
    }

    private String page(Actor me, ParentForm parentForm, TokenForm tokenForm, Model model) {
        NodeView node = settings.view(me);
        model.addAttribute("node", node);
        model.addAttribute("parent", parentLink.parent(me).orElse(null));
        model.addAttribute("children", children.list(me));
        model.addAttribute("tokens", tokens.unused(me));
        model.addAttribute("childLevels", JoinTokens.levelsBelow(node.level()));
        model.addAttribute("parentForm", parentForm);
        model.addAttribute("tokenForm", tokenForm);
        return "federation/federation";
    }
}
