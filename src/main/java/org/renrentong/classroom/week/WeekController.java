package org.renrentong.classroom.week;

import org.renrentong.identity.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The guardian's home — a card per child with the child's week — and a page per child; and the student's week, a
 * card that the student's own space loads by htmx.
 */
@Controller
class WeekController {

    private final Weeks weeks;

    WeekController(Weeks weeks) {
        this.weeks = weeks;
    }

    @GetMapping("/children")
    String children(Actor me, Model model) {
        model.addAttribute("weeks", weeks.ofChildren(me));
        return "week/children";
    }

    @GetMapping("/children/{id}")
    String child(@PathVariable long id, Actor me, Model model) {
        model.addAttribute("week", weeks.ofChild(me, id, null));
        return "week/child";
    }

    @GetMapping("/week/card")
    String card(Actor me, Model model) {
        model.addAttribute("week", weeks.mine(me));
        return "week/card :: card";
    }
}
