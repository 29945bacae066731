package org.renrentong.apps.lti;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The platform administrator's page of LTI tools: the registered tools and the form that registers one. */
@Controller
class LtiToolsController {

    static final String PATH = "/admin/lti-tools";

    private final LtiTools tools;
    private final MessageSource messages;

    LtiToolsController(LtiTools tools, MessageSource messages) {
        this.tools = tools;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String page(Actor me, Model model, HttpServletRequest request) {
        model.addAttribute("tools", tools.list(me));
        model.addAttribute("issuer", LtiLaunchController.issuer(request));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", LtiToolForm.empty());
        }
        return "apps/lti-tools";
    }

    @PostMapping(PATH)
    String register(Actor me, @ModelAttribute("form") LtiToolForm form, Model model, HttpServletRequest request,
                    RedirectAttributes redirect, Locale locale) {
        try {
            LtiTool tool = tools.register(me, form);
            redirect.addFlashAttribute("registered", tool.name());
            return "redirect:" + PATH;
        } catch (DomainException e) {
            if (e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            // keys read lti.tool.<field>.<what>: the field is marked beside the message
            String[] key = e.messageKey().split("\\.");
            model.addAttribute("errorField", key.length > 3 ? key[2] : null);
            model.addAttribute("error", messages.getMessage(e.messageKey(), e.args(), locale));
            return page(me, model, request);
        }
    }
}
