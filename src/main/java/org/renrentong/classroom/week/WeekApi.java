package org.renrentong.classroom.week;

import java.time.LocalDate;
import java.util.List;
import org.renrentong.identity.Actor;
import org.renrentong.space.ChildCard;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
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

    /** The child's week; with a date (ISO), the week of that date and its lessons on that day. */
    @GetMapping("/api/v1/children/{id}/week")
    StudentWeek childWeek(@PathVariable long id,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                          Actor me) {
        return weeks.ofChild(me, id, date);
    }

    @GetMapping("/api/v1/week")
    StudentWeek mine(Actor me) {
        return weeks.mine(me);
    }
}
