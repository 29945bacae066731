package org.renrentong.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** After sign-in a person lands on their own space. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "redirect:/spaces/mine";
    }
}
