package org.renrentong.identity;

import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 忘记密码 for visitors: a code by SMS to a verified phone, then a new password; and verifying one's own phone when
 * signed in. Without an SMS gateway the page says to ask the school administrator.
 */
@Controller
class PasswordRecoveryController {

    private final PhoneCodes codes;

    PasswordRecoveryController(PhoneCodes codes) {
        this.codes = codes;
    }

    @GetMapping("/password/forgot")
    String forgot(Model model) {
        model.addAttribute("available", codes.available());
        return "identity/forgot";
    }

    @PostMapping("/password/forgot")
    String sendCode(@RequestParam(defaultValue = "") String phone, Model model) {
        model.addAttribute("available", codes.available());
        model.addAttribute("phone", phone);
        try {
            codes.requestReset(phone);
            model.addAttribute("codeSent", true);
        } catch (DomainException e) {
            model.addAttribute("errorKey", e.messageKey());
        }
        return "identity/forgot";
    }

    @PostMapping("/password/forgot/reset")
    String reset(@RequestParam(defaultValue = "") String phone, @RequestParam(defaultValue = "") String code,
                 @RequestParam(defaultValue = "") String next, @RequestParam(defaultValue = "") String confirm,
                 Model model) {
        try {
            if (!next.equals(confirm)) {
                throw DomainException.invalid("password.mismatch");
            }
            codes.reset(phone, code, next);
            return "redirect:/login?reset";
        } catch (DomainException e) {
            model.addAttribute("available", codes.available());
            model.addAttribute("phone", phone);
            model.addAttribute("codeSent", true);
            model.addAttribute("errorKey", e.messageKey());
            return "identity/forgot";
        }
    }

    @GetMapping("/account/phone")
    String phone(Actor me, Model model) {
        model.addAttribute("available", codes.available());
        model.addAttribute("verified", codes.phoneVerified(me));
        return "identity/phone";
    }

    @PostMapping("/account/phone/code")
    String sendVerification(Actor me, Model model) {
        try {
            codes.startVerification(me);
            model.addAttribute("codeSent", true);
        } catch (DomainException e) {
            model.addAttribute("errorKey", e.messageKey());
        }
        return phone(me, model);
    }

    @PostMapping("/account/phone/verify")
    String verify(Actor me, @RequestParam(defaultValue = "") String code, Model model) {
        try {
            codes.confirmVerification(me, code);
        } catch (DomainException e) {
            model.addAttribute("codeSent", true);
            model.addAttribute("errorKey", e.messageKey());
        }
        return phone(me, model);
    }
}
