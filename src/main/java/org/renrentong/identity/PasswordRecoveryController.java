package org.renrentong.identity;

import org.renrentong.shared.DomainException;
import org.renrentong.shared.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * 忘记密码 for visitors: a code by SMS to a verified phone, then a new password; and verifying one's own phone when
 * signed in. Without an SMS gateway the page says to ask the school administrator.
 */
@Controller
class PasswordRecoveryController {

    /** A refusal shows above the form. */
    private static final FormErrors ERRORS = FormErrors.fields();

    private final PhoneCodes codes;

    PasswordRecoveryController(PhoneCodes codes) {
        this.codes = codes;
    }

    /** What the two steps of the forgotten-password form send: the phone, then the code and the new password. */
    record ForgotForm(String phone, String code, String next, String confirm) {
        ForgotForm {
            phone = phone == null ? "" : phone;
            code = code == null ? "" : code;
            next = next == null ? "" : next;
            confirm = confirm == null ? "" : confirm;
        }
    }

    /** What the phone verification sends: the code, once it was sent. */
    record CodeForm(String code) {
        CodeForm {
            code = code == null ? "" : code;
        }
    }

    @GetMapping("/password/forgot")
    String forgot(Model model) {
        model.addAttribute("available", codes.available());
        model.addAttribute("forgotForm", new ForgotForm("", "", "", ""));
        return "identity/forgot";
    }

    @PostMapping("/password/forgot")
    String sendCode(@ModelAttribute("forgotForm") ForgotForm form, BindingResult binding, Model model) {
        model.addAttribute("available", codes.available());
        try {
            codes.requestReset(form.phone());
            model.addAttribute("codeSent", true);
        } catch (DomainException e) {
            ERRORS.reject(e, binding);
        }
        return "identity/forgot";
    }

    @PostMapping("/password/forgot/reset")
    String reset(@ModelAttribute("forgotForm") ForgotForm form, BindingResult binding, Model model) {
        try {
            if (!form.next().equals(form.confirm())) {
                throw DomainException.invalid("password.mismatch");
            }
            codes.reset(form.phone(), form.code(), form.next());
            return "redirect:/login?reset";
        } catch (DomainException e) {
            ERRORS.reject(e, binding);
            model.addAttribute("available", codes.available());
            model.addAttribute("codeSent", true);
            return "identity/forgot";
        }
    }

    @GetMapping("/account/phone")
    String phone(Actor me, Model model) {
        if (!model.containsAttribute("codeForm")) {
            model.addAttribute("codeForm", new CodeForm(""));
        }
        model.addAttribute("available", codes.available());
        model.addAttribute("verified", codes.phoneVerified(me));
        return "identity/phone";
    }

    @PostMapping("/account/phone/code")
    String sendVerification(Actor me, @ModelAttribute("codeForm") CodeForm form, BindingResult binding,
                            Model model) {
        try {
            codes.startVerification(me);
            model.addAttribute("codeSent", true);
        } catch (DomainException e) {
            ERRORS.reject(e, binding);
        }
        return phone(me, model);
    }

    @PostMapping("/account/phone/verify")
    String verify(Actor me, @ModelAttribute("codeForm") CodeForm form, BindingResult binding, Model model) {
        try {
            codes.confirmVerification(me, form.code());
        } catch (DomainException e) {
            ERRORS.reject(e, binding);
            model.addAttribute("codeSent", true);
        }
        return phone(me, model);
    }
}
