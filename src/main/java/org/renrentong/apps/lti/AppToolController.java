package org.renrentong.apps.lti;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.renrentong.apps.catalogue.Apps;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A provider's page for the LTI 1.3 side of one of its apps: the node's addresses, the issued ids, the tool's URLs. */
@Controller
class AppToolController {

    static final String PATH = "/provider/apps/{id}/lti";

    private final LtiTools tools;
    private final Apps apps;
    private final MessageSource messages;

    AppToolController(LtiTools tools, Apps apps, MessageSource messages) {
        this.tools = tools;
        this.apps = apps;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String page(Actor me, @PathVariable long id, Model model, HttpServletRequest request) {
        model.addAttribute("app", apps.get(me, id));
        LtiTool tool = tools.ofApp(me, id).orElse(null);
        model.addAttribute("tool", tool);
        model.addAttribute("issuer", LtiLaunchController.issuer(request));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", tool == null ? LtiToolForm.empty() : new LtiToolForm(tool.name(),
                    tool.clientId(), tool.deploymentId(), tool.loginUrl(), tool.targetLinkUri(), tool.deepLinkingUrl(),
                    tool.jwksUrl(), tool.publicKey(), tool.sendsNames()));
        }
        return "apps/app-tool";
    }

    @PostMapping(PATH)
    String describe(Actor me, @PathVariable long id, @ModelAttribute("form") LtiToolForm form, Model model,
                    HttpServletRequest request, RedirectAttributes redirect, Locale locale) {
        try {
            tools.describeForApp(me, id, form);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/provider/apps/" + id + "/lti";
        } catch (DomainException e) {
            if (e.status() == HttpStatus.FORBIDDEN || e.status() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            // keys read lti.tool.<field>.<what>: the field is marked beside the message
            String[] key = e.messageKey().split("\\.");
            model.addAttribute("errorField", key.length > 3 ? key[2] : null);
            model.addAttribute("error", messages.getMessage(e.messageKey(), e.args(), locale));
            return page(me, id, model, request);
        }
    }
}
