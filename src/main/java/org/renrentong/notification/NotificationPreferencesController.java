package org.renrentong.notification;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.renrentong.identity.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * In the account area: which kinds of notification also reach the person by e-mail or SMS. The form sends the
 * ticked kinds per channel; an unticked box means that channel is off for that kind.
 */
@Controller
@RequestMapping("/notifications/settings")
class NotificationPreferencesController {

    private final NotificationPreferences preferences;

    NotificationPreferencesController(NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping
    String show(Actor me, Model model) {
        model.addAttribute("preferences", preferences.of(me));
        return "notification/preferences";
    }

    @PostMapping
    String save(Actor me, @RequestParam(required = false) Set<NotificationKind> email,
                @RequestParam(required = false) Set<NotificationKind> sms, RedirectAttributes redirect) {
        Set<NotificationKind> byEmail = email == null ? Set.of() : email;
        Set<NotificationKind> bySms = sms == null ? Set.of() : sms;
        List<Preference> choices = Arrays.stream(NotificationKind.values())
                .map(k -> new Preference(k, byEmail.contains(k), bySms.contains(k))).toList();
        preferences.save(me, choices);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/notifications/settings";
    }
}
