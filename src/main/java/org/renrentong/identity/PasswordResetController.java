package org.renrentong.identity;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An administrator resets a person's password; the new initial password is shown once, never stored in clear. */
@Controller
class PasswordResetController {

    private final PasswordResets resets;

    PasswordResetController(PasswordResets resets) {
        this.resets = resets;
    }

    @PostMapping("/people/{id}/password-reset")
    String reset(Actor me, @PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("resetPassword", resets.reset(me, id));
        return "redirect:/people/" + id;
    }
}
