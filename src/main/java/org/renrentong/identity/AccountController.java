package org.renrentong.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.renrentong.shared.DomainException;
import org.renrentong.shared.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Sign-in page, own password change, and switching between one's roles. */
@Controller
class AccountController {

    /** A refused change shows above the form. */
    private static final FormErrors ERRORS = FormErrors.fields();

    private final Passwords passwords;
    private final Actors actors;
    private final List<ExternalSignIn> externalSignIns;

    AccountController(Passwords passwords, Actors actors, List<ExternalSignIn> externalSignIns) {
        this.passwords = passwords;
        this.actors = actors;
        this.externalSignIns = externalSignIns;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("otherWays", externalSignIns.stream().flatMap(w -> w.ways().stream()).toList());
        return "identity/login";
    }

    /** What the password form sends. */
    record PasswordForm(String current, String next, String confirm) {
        PasswordForm {
            current = current == null ? "" : current;
            next = next == null ? "" : next;
            confirm = confirm == null ? "" : confirm;
        }
    }

    @GetMapping("/password")
    String passwordForm(HttpSession session, Model model) {
        model.addAttribute("mustChange", session.getAttribute(SignInEvents.MUST_CHANGE_ATTRIBUTE) != null);
        model.addAttribute("passwordForm", new PasswordForm("", "", ""));
        return "identity/password";
    }

    @PostMapping("/password")
    String changePassword(Actor me, @ModelAttribute("passwordForm") PasswordForm form, BindingResult binding,
                          HttpServletRequest request, HttpSession session, Model model) {
        try {
            if (!form.next().equals(form.confirm())) {
                throw DomainException.invalid("password.mismatch");
            }
            CredentialStampFilter.keep(request,
                    passwords.change(me, form.current(), form.next()));
        } catch (DomainException e) {
            ERRORS.reject(e, binding);
            model.addAttribute("mustChange", session.getAttribute(SignInEvents.MUST_CHANGE_ATTRIBUTE) != null);
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
