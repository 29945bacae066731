package org.renrentong.apps.catalogue;

import org.renrentong.identity.Actor;
import org.renrentong.identity.LenientChoice;
import org.renrentong.storage.FileResponses;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The app centre of the person's space: apps by category, with search, and their screenshots. */
@Controller
class AppCentreController {

    private final AppCentre centre;
    private final Screenshots screenshots;

    AppCentreController(AppCentre centre, Screenshots screenshots) {
        this.centre = centre;
        this.screenshots = screenshots;
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

    /** An app's screenshot, for anyone signed in (the app centre shows it), sent like every stored file. */
    @GetMapping("/apps/{id}/screenshots/{position}")
    ResponseEntity<Resource> screenshot(@PathVariable long id, @PathVariable int position) {
        Screenshots.Image image = screenshots.get(id, position);
        return FileResponses.inline(image.file(), image.content());
    }
}
