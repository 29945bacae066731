package org.renrentong.federation.node;

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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page where a platform administrator edits this node's identity and reads its public key. */
@Controller
@RequestMapping("/admin/node")
class NodeController {

    private static final FormErrors ERRORS = FormErrors.fields("node.region", "regionCode", "node.baseUrl", "baseUrl",
            "node.level", "level", "node.code", "code", "", "name");

    private final NodeSettings settings;

    NodeController(NodeSettings settings) {
        this.settings = settings;
    }

    @InitBinder("form")
    void lenientLevel(WebDataBinder binder) {
        binder.registerCustomEditor(NodeLevel.class, new LenientChoice<>(NodeLevel.class));
    }

    @GetMapping
    String page(Actor me, Model model) {
        NodeView node = settings.view(me);
        return page(node, node.form(), model);
    }

    @PostMapping
    String save(Actor me, @ModelAttribute("form") NodeForm form, BindingResult binding, Model model,
                RedirectAttributes redirect) {
        NodeView node = settings.view(me);
        if (!binding.hasErrors()) {
            try {
                settings.update(me, form);
                redirect.addFlashAttribute("done", "node.saved");
                return "redirect:/admin/node";
            } catch (DomainException e) {
                ERRORS.reject(e, binding);
            }
        }
        return page(node, form, model);
    }

    private static String page(NodeView node, NodeForm form, Model model) {
        model.addAttribute("node", node);
        model.addAttribute("form", form);
        model.addAttribute("levels", NodeLevel.values());
        return "federation/node";
    }
}
