package org.renrentong.web;

import org.renrentong.identity.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The node's front page at {@code /} for everyone, and {@code /home}, where a person lands after sign-in: an
 * administrator on the dashboard of their scope, everyone else on their own space.
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
        return me.role().isAdministrator() ? "redirect:/dashboard" : "redirect:/spaces/mine";
    }
}
