package org.renrentong.space;

import jakarta.servlet.http.HttpServletRequest;
import org.renrentong.identity.Actor;
import org.renrentong.identity.CurrentActor;
import org.renrentong.identity.Guardians;
import org.renrentong.identity.LenientChoice;
import org.renrentong.shared.DomainException;
import org.renrentong.shared.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** A space's home page (also for anonymous visitors of public spaces), one's own space, and the settings form. */
@Controller
class SpacePageController {

    /** Refusals beside the introduction or the visibility, by their keys. */
    private static final FormErrors ERRORS = FormErrors.fields();

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

    /** What the settings form sends. */
    record SettingsForm(String intro, Visibility visibility) {
    }

    @InitBinder("settings")
    void lenientChoices(WebDataBinder binder) {
        binder.registerCustomEditor(Visibility.class, new LenientChoice<>(Visibility.class));
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
        model.addAttribute("postForm", PostPageController.PostForm.empty());
        return "space/home";
    }

    @GetMapping("/spaces/{id}/edit")
    String edit(@PathVariable long id, Actor me, Model model) {
        Space space = spaces.managed(me, id);
        return settings(model, space, new SettingsForm(space.intro(), space.visibility()));
    }

    @PostMapping("/spaces/{id}/edit")
    String update(@PathVariable long id, Actor me, @ModelAttribute("settings") SettingsForm form,
                  BindingResult binding, Model model) {
        try {
            spaces.update(me, id, form.intro(), form.visibility());
        } catch (DomainException e) {
            ERRORS.reject(e, binding);
            return settings(model, spaces.managed(me, id), form);
        }
        return "redirect:/spaces/" + id;
    }

    private static String settings(Model model, Space space, SettingsForm form) {
        model.addAttribute("space", space);
        model.addAttribute("settings", form);
        model.addAttribute("visibilities", Visibility.values());
        return "space/edit";
    }
}
