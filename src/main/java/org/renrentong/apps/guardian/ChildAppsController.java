package org.renrentong.apps.guardian;

import java.util.List;
import org.renrentong.identity.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A guardian's page of one child's apps: requests to answer, consents to change, and the access record. */
@Controller
@RequestMapping("/children/{id}/apps")
class ChildAppsController {

    static final int PAGE = 20;

    private final ChildApps childApps;

    ChildAppsController(ChildApps childApps) {
        this.childApps = childApps;
    }

    @GetMapping
    String page(Actor me, @PathVariable long id, @RequestParam(required = false) Long before, Model model) {
        model.addAttribute("child", childApps.child(me, id));
        model.addAttribute("apps", childApps.apps(me, id));
        model.addAttribute("access", childApps.access(me, id, before, PAGE));
        model.addAttribute("paged", before != null);
        return "apps/child-apps";
    }

    @PostMapping("/{app}/grant")
    String grant(Actor me, @PathVariable long id, @PathVariable String app,
                 @RequestParam(name = "scope", required = false) List<String> scopes, RedirectAttributes redirect) {
        childApps.grant(me, id, app, scopes);
        redirect.addFlashAttribute("done", "apps.guardianConsent.granted");
        return "redirect:/children/" + id + "/apps";
    }

    @PostMapping("/{app}/refuse")
    String refuse(Actor me, @PathVariable long id, @PathVariable String app, RedirectAttributes redirect) {
        childApps.refuse(me, id, app);
        redirect.addFlashAttribute("done", "apps.guardianConsent.refused");
        return "redirect:/children/" + id + "/apps";
    }
}
