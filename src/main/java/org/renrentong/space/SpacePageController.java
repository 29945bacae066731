package org.renrentong.space;

import jakarta.servlet.http.HttpServletRequest;
import org.renrentong.identity.Actor;
import org.renrentong.identity.CurrentActor;
import org.renrentong.identity.Guardians;
import org.renrentong.shared.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A space's home page (also for anonymous visitors of public spaces), one's own space, and the settings form. */
@Controller
class SpacePageController {

    private final Spaces spaces;
    private final SpaceHomes homes;
    private final CurrentActor currentActor;
    private final Guardians guardians;

    SpacePageController(Spaces spaces, SpaceHomes homes, CurrentActor currentActor, Guardians guardians) {
        this.spaces = spaces;
        this.homes = homes;
        this.currentActor = currentActor;
        this.guardians = guardians;
    }

    @GetMapping("/spaces/mine")
    String mine(Actor me) {
        return "redirect:/spaces/" + spaces.mine(me);
    }

    /** The owner of a personal space also sees there the guardian invitations waiting for their answer. */
    @GetMapping("/spaces/{id}")
    String home(@PathVariable long id, HttpServletRequest request, Model model) {
        Actor me = currentActor.of(request);
        SpaceHome home = homes.home(me, id);
        model.addAttribute("home", home);
        if (home.can().owner()) {
            model.addAttribute("pendingInvitations", guardians.pendingCount(me));
        }
        model.addAttribute("maxImages", Posts.MAX_IMAGES);
        return "space/home";
    }

    @GetMapping("/spaces/{id}/edit")
    String edit(@PathVariable long id, Actor me, Model model) {
        Space space = spaces.managed(me, id);
        model.addAttribute("space", space);
        model.addAttribute("intro", space.intro());
        model.addAttribute("visibility", space.visibility());
        model.addAttribute("visibilities", Visibility.values());
        return "space/edit";
    }

    @PostMapping("/spaces/{id}/edit")
    String update(@PathVariable long id, Actor me, @RequestParam(required = false) String intro,
                  @RequestParam(required = false) Visibility visibility, Model model) {
        try {
            spaces.update(me, id, intro, visibility);
        } catch (DomainException e) {
            if (e.status() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            model.addAttribute("space", spaces.managed(me, id));
            model.addAttribute("intro", intro);
            model.addAttribute("visibility", visibility);
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            model.addAttribute("visibilities", Visibility.values());
            return "space/edit";
        }
        return "redirect:/spaces/" + id;
    }
}
