package org.renrentong.apps.provider;

import java.beans.PropertyEditorSupport;
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

/** The public page where an enterprise registers as an app provider, and what it sees once registered. */
@Controller
class RegistrationController {

    static final FormErrors ERRORS = FormErrors.fields("apps.provider.name", "name",
            "apps.provider.creditCode", "creditCode", "apps.provider.icpFiling", "icpFiling",
            "apps.provider.securityLevel", "securityLevel", "apps.provider.securityCertificate", "securityCertificate",
            "apps.provider.regionCode", "regionCode", "person.name", "contactName", "person.phone", "contactPhone",
            "password.", "password");

    private final Providers providers;

    RegistrationController(Providers providers) {
        this.providers = providers;
    }

    @InitBinder("form")
    void lenientFields(WebDataBinder binder) {
        lenientLevel(binder);
    }

    /** Anything but a level becomes 0, which the service refuses beside the field. */
    static void lenientLevel(WebDataBinder binder) {
        binder.registerCustomEditor(Integer.class, "securityLevel", new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                String clean = text == null ? "" : text.strip();
                setValue(clean.matches("[1-4]") ? Integer.valueOf(clean) : 0);
            }
        });
    }

    @GetMapping(ProviderPublicRoutes.REGISTER)
    String form(Model model) {
        model.addAttribute("form", new ProviderForm("", "", "", 1, "", "", "", "", ""));
        return "apps/provider-register";
    }

    @PostMapping(ProviderPublicRoutes.REGISTER)
    String register(@ModelAttribute("form") ProviderForm form, BindingResult binding, Model model) {
        if (!binding.hasErrors()) {
            try {
                model.addAttribute("registration", providers.register(providers.desk(), form));
                return "apps/provider-registered";
            } catch (DomainException e) {
                ERRORS.reject(e, binding);
            }
        }
        return "apps/provider-register";
    }
}
