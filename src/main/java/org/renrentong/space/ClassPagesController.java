package org.renrentong.space;

import java.util.Optional;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "My classes" for teachers (cards), students (straight to their class space) and guardians (to their children's
 * page, which the classroom module shows with each child's week).
 */
@Controller
class ClassPagesController {

    private final MyClasses myClasses;

    ClassPagesController(MyClasses myClasses) {
        this.myClasses = myClasses;
    }

    @GetMapping("/classes/mine")
    String classes(Actor me, Model model) {
        if (me.is(Role.GUARDIAN)) {
            return "redirect:/children";
        }
        Optional<Long> own = myClasses.ownClassSpace(me);
        if (own.isPresent()) {
            return "redirect:/spaces/" + own.get();
        }
        model.addAttribute("classes", myClasses.classes(me));
        return "space/classes";
    }
}
