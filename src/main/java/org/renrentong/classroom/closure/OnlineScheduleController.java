package org.renrentong.classroom.closure;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.renrentong.classroom.calendar.TeachingWeeks;
import org.renrentong.identity.Actor;
import org.renrentong.org.SchoolClass;
import org.renrentong.org.Schools;
import org.renrentong.shared.DomainException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The online schedule pages: one's classes, a class's day (phone first) with the teacher's form per period, and a
 * lesson opened from it.
 */
@Controller
class OnlineScheduleController {

    private final OnlineSchedules schedules;
    private final Schools schools;

    OnlineScheduleController(OnlineSchedules schedules, Schools schools) {
        this.schedules = schedules;
        this.schools = schools;
    }

    /** The reader's classes (a guardian's children's), each leading to its online schedule; one leads straight in. */
    @GetMapping("/closures/schedule")
    String mine(Actor me, Model model) {
        List<SchoolClass> classes = schools.myClasses(me);
        if (classes.size() == 1) {
            return "redirect:/closures/classes/" + classes.get(0).id() + "/schedule";
        }
        model.addAttribute("classes", classes);
        return "closure/my-schedules";
    }

    @GetMapping("/closures/classes/{id}/schedule")
    String day(@PathVariable long id, @RequestParam(required = false)
               @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Actor me, Model model) {
        OnlineSchedule schedule = schedules.day(me, id, date == null ? TeachingWeeks.today() : date);
        model.addAttribute("schedule", schedule);
        if (schedule.teaches() && schedule.closure() != null) {
            model.addAttribute("choices", schedules.resourceChoices(me, id));
        }
        return "closure/schedule";
    }

    @PostMapping("/closures/classes/{id}/lessons")
    String setLesson(@PathVariable long id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                     @RequestParam int period, @RequestParam(required = false) String liveUrl,
                     @RequestParam(required = false) List<String> resources,
                     @RequestParam(required = false) String textbookNode, Actor me, RedirectAttributes redirect) {
        try {
            schedules.setLesson(me, id, date, period, liveUrl, ids(resources), node(textbookNode));
            redirect.addFlashAttribute("saved", period);
        } catch (DomainException e) {
            // a refusal of the reader, or of a target that is gone, is no form error
            if (e.status().value() != 400 && e.status().value() != 409) {
                throw e;
            }
            redirect.addFlashAttribute("failedPeriod", period);
            redirect.addFlashAttribute("failureKey", e.messageKey());
            redirect.addFlashAttribute("failureArgs", e.args());
        }
        return "redirect:/closures/classes/" + id + "/schedule?date=" + date;
    }

    @PostMapping("/closures/classes/{id}/open")
    String open(@PathVariable long id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                @RequestParam int period, Actor me) {
        schedules.open(me, id, date, period);
        return "redirect:/closures/classes/" + id + "/lesson?date=" + date + "&period=" + period;
    }

    @GetMapping("/closures/classes/{id}/lesson")
    String lesson(@PathVariable long id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                  @RequestParam int period, Actor me, Model model) {
        model.addAttribute("lesson", schedules.lesson(me, id, date, period));
        model.addAttribute("schedule", schedules.day(me, id, date));
        return "closure/lesson";
    }

    /** The node picked in the tree, none when the teacher chose none. */
    private static Long node(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("closure.lesson.node.unknown", value);
        }
    }

    private static List<Long> ids(List<String> values) {
        try {
            return values == null ? List.of() : values.stream().filter(v -> !v.isBlank())
                    .map(v -> Long.parseLong(v.trim())).toList();
        } catch (NumberFormatException e) {
            throw DomainException.invalid("closure.lesson.resource.unknown", Arrays.toString(values.toArray()));
        }
    }
}
