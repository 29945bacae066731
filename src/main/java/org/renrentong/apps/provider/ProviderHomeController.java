package org.renrentong.apps.provider;

import org.renrentong.identity.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** An app provider's own page: where its registration stands and, once approved, its apps. */
@Controller
class ProviderHomeController {

    private final Providers providers;

    ProviderHomeController(Providers providers) {
        this.providers = providers;
    }

    @GetMapping("/provider")
    String home(Actor me, Model model) {
        model.addAttribute("provider", providers.mine(me));
        return "apps/provider-home";
    }
}
