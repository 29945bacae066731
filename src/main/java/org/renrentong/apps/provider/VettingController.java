package org.renrentong.apps.provider;

import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The platform administrator's page of app providers: the registrations waiting first, approve or refuse. */
@Controller
@RequestMapping("/admin/app-providers")
class VettingController {

    private final Providers providers;

    VettingController(Providers providers) {
        this.providers = providers;
    }

    @GetMapping
    String page(Actor me, Model model) {
        model.addAttribute("providers", providers.list(me));
        return "apps/providers";
    }

    @PostMapping("/{id}/approve")
    String approve(Actor me, @PathVariable long id, RedirectAttributes redirect) {
        providers.approve(me, id);
        redirect.addFlashAttribute("done", "apps.provider.approved");
        return "redirect:/admin/app-providers";
    }

    @PostMapping("/{id}/refuse")
    String refuse(Actor me, @PathVariable long id, @RequestParam(defaultValue = "") String reason,
                  RedirectAttributes redirect) {
        try {
            providers.refuse(me, id, new Refusal(reason));
            redirect.addFlashAttribute("done", "apps.provider.refused");
        } catch (DomainException e) {
            if (e.status() == HttpStatus.BAD_REQUEST || e.status() == HttpStatus.CONFLICT) {
                redirect.addFlashAttribute("failed", e.messageKey());
            } else {
                throw e;
            }
        }
        return "redirect:/admin/app-providers";
    }
}
