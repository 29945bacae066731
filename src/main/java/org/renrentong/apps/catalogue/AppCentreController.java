package org.renrentong.apps.catalogue;

import org.renrentong.identity.Actor;
import org.renrentong.identity.LenientChoice;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RequestParam;

/** The app centre of the person's space: apps by category, with search. */
@Controller
class AppCentreController {

    private final AppCentre centre;

    AppCentreController(AppCentre centre) {
        this.centre = centre;
    }

    /** A category that is none (stale or tampered) shows every category. */
    @InitBinder
    void lenientCategory(WebDataBinder binder) {
        binder.registerCustomEditor(AppCategory.class, new LenientChoice<>(AppCategory.class));
    }

    @GetMapping("/apps")
    String centre(Actor me, @RequestParam(required = false) AppCategory category,
                  @RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("apps", centre.forPerson(me, category, q));
        model.addAttribute("categories", AppCategory.values());
        model.addAttribute("category", category);
        model.addAttribute("q", q);
        return "apps/centre";
    }
}
