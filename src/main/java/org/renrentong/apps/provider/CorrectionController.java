package org.renrentong.apps.provider;

import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A refused enterprise corrects its registration on the registration form, without the contact's account. */
@Controller
class CorrectionController {

    private static final String PATH = "/provider/registration";

    private final Providers providers;

    CorrectionController(Providers providers) {
        this.providers = providers;
    }

    @InitBinder("form")
    void lenientFields(WebDataBinder binder) {
        RegistrationController.lenientLevel(binder);
    }

    @GetMapping(PATH)
    String form(Actor me, Model model) {
        Provider p = providers.mine(me);
        model.addAttribute("form", new ProviderForm(p.name(), p.creditCode(), p.icpFiling(), p.securityLevel(),
                p.securityCertificate(), p.regionCode(), null, null, null));
        model.addAttribute("correcting", true);
        return "apps/provider-register";
    }

    @PostMapping(PATH)
    String correct(Actor me, @ModelAttribute("form") ProviderForm form, BindingResult binding, Model model,
                   RedirectAttributes redirect) {
        try {
            providers.resubmit(me, new ProviderCorrection(form.name(), form.creditCode(), form.icpFiling(),
                    form.securityLevel(), form.securityCertificate(), form.regionCode()));
            redirect.addFlashAttribute("done", "apps.provider.correct.done");
            return "redirect:/provider";
        } catch (DomainException e) {
            RegistrationController.ERRORS.reject(e, binding);
        }
        model.addAttribute("correcting", true);
        return "apps/provider-register";
    }
}
