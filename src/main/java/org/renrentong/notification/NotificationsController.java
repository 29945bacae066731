package org.renrentong.notification;

import org.renrentong.identity.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The notifications page behind the bell: the list, opening one (to the thing it is about), marking all read. */
@Controller
@RequestMapping("/notifications")
class NotificationsController {

    private final Notifications notifications;

    NotificationsController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    String list(Actor me, @RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("page", notifications.page(me, cursor, Notifications.PAGE));
        model.addAttribute("firstPage", cursor == null || cursor.isEmpty());
        return "notification/list";
    }

    @GetMapping("/{id}/open")
    String open(Actor me, @PathVariable long id) {
        return "redirect:" + notifications.open(me, id);
    }

    @PostMapping("/read-all")
    String readAll(Actor me, RedirectAttributes redirect) {
        redirect.addFlashAttribute("marked", notifications.markAllRead(me));
        return "redirect:/notifications";
    }
}
