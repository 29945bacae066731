package org.renrentong.web;

import org.renrentong.identity.Actor;
import org.renrentong.identity.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The node's front page at {@code /} for everyone, and {@code /home}, where a person lands after sign-in: an
 * administrator on the dashboard of their scope, a guardian on their children's page, everyone else on their own
 * space.
 */
@Controller
class HomeController {

    private final FrontPage front;

    HomeController(FrontPage front) {
        this.front = front;
    }

    @GetMapping("/")
    String front(Model model) {
        model.addAttribute("front", front.view());
        return "web/front";
    }

    @GetMapping("/home")
    String home(Actor me) {
        if (me.role().isAdministrator()) {
            return "redirect:/dashboard";
        }
        return me.is(Role.GUARDIAN) ? "redirect:/children" : "redirect:/spaces/mine";
    }
}
