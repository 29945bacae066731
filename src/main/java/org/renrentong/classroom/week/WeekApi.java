package org.renrentong.classroom.week;

import java.util.List;
import org.renrentong.identity.Actor;
import org.renrentong.space.ChildCard;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A guardian's children and each child's week, and a student's own week, as JSON. */
@RestController
class WeekApi {

    private final Weeks weeks;

    WeekApi(Weeks weeks) {
        this.weeks = weeks;
    }

    @GetMapping("/api/v1/children")
    List<ChildCard> children(Actor me) {
        return weeks.children(me);
    }

    @GetMapping("/api/v1/children/{id}/week")
    StudentWeek childWeek(@PathVariable long id, Actor me) {
        return weeks.ofChild(me, id);
    }

    @GetMapping("/api/v1/week")
    StudentWeek mine(Actor me) {
        return weeks.mine(me);
    }
}
