package org.renrentong.identity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page where a signed-in person answers the invitations to become a student's guardian. */
@Controller
@RequestMapping("/invitations")
class GuardianInvitationsController {

    private final Guardians guardians;

    GuardianInvitationsController(Guardians guardians) {
        this.guardians = guardians;
    }

    @GetMapping
    String pending(Actor me, Model model) {
        model.addAttribute("invitations", guardians.pending(me));
        return "identity/invitations";
    }

    @PostMapping("/{id}/accept")
    String accept(Actor me, @PathVariable long id, RedirectAttributes redirect) {
        guardians.accept(me, id);
        redirect.addFlashAttribute("done", "guardian.invitation.accepted");
        return "redirect:/invitations";
    }

    @PostMapping("/{id}/decline")
    String decline(Actor me, @PathVariable long id, RedirectAttributes redirect) {
        guardians.decline(me, id);
        redirect.addFlashAttribute("done", "guardian.invitation.declined");
        return "redirect:/invitations";
    }
}
