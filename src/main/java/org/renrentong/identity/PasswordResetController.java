package org.renrentong.identity;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An administrator resets a person's password; the new initial password is shown once, never stored in clear. */
@Controller
class PasswordResetController {

    /** The one answer of the API: the initial password to hand to the person. */
    record InitialPassword(long personId, String initialPassword) {
    }

    private final PasswordResets resets;

    PasswordResetController(PasswordResets resets) {
        this.resets = resets;
    }

    @PostMapping("/people/{id}/password-reset")
    String reset(Actor me, @PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("resetPassword", resets.reset(me, id));
        return "redirect:/people/" + id;
    }

    @PostMapping("/api/v1/people/{id}/password-reset")
    @ResponseBody
    ResponseEntity<InitialPassword> resetApi(Actor me, @PathVariable long id) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new InitialPassword(id, resets.reset(me, id)));
    }
}
