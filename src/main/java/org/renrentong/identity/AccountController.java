package org.renrentong.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.renrentong.shared.DomainException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Sign-in page, own password change, and switching between one's roles. */
@Controller
class AccountController {

    private final Passwords passwords;
    private final Actors actors;

    AccountController(Passwords passwords, Actors actors) {
        this.passwords = passwords;
        this.actors = actors;
    }

    @GetMapping("/login")
    String login() {
        return "identity/login";
    }

    @GetMapping("/password")
    String passwordForm(HttpSession session, Model model) {
        model.addAttribute("mustChange", session.getAttribute(SignInEvents.MUST_CHANGE_ATTRIBUTE) != null);
        return "identity/password";
    }

    @PostMapping("/password")
    String changePassword(Actor me, @RequestParam String current,
                          @RequestParam String next, @RequestParam String confirm, HttpServletRequest request,
                          HttpSession session, Model model) {
        try {
            if (!next.equals(confirm)) {
                throw DomainException.invalid("password.mismatch");
            }
            CredentialStampFilter.keep(request,
                    passwords.change(me, current, next));
        } catch (DomainException e) {
            model.addAttribute("mustChange", session.getAttribute(SignInEvents.MUST_CHANGE_ATTRIBUTE) != null);
            model.addAttribute("errorKey", e.messageKey());
            return "identity/password";
        }
        session.removeAttribute(SignInEvents.MUST_CHANGE_ATTRIBUTE);
        return "redirect:/home";
    }

    @PostMapping("/role")
    String switchRole(@AuthenticationPrincipal AccountPrincipal principal, @RequestParam long grantId,
                      HttpServletRequest request) {
        Actor actor = actors.load(principal.personId(), grantId);
        if (actor.grant().id() != grantId) {
            throw DomainException.forbidden();
        }
        request.getSession().setAttribute(CurrentActor.GRANT_ATTRIBUTE, grantId);
        return "redirect:/home";
    }
}
