package org.renrentong.classroom.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Role;
import org.renrentong.shared.DomainException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The calendar page of a school or a region: its years, terms and days off, with the forms that add and remove
 * them. A refused form shows the page again with the message inside that form and what was typed.
 */
@Controller
class CalendarController {

    private final SchoolCalendars calendars;

    CalendarController(SchoolCalendars calendars) {
        this.calendars = calendars;
    }

    /** What the year, term and day-off forms send. */
    record SpanForm(String name, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstDay,
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay, DayOff.Kind kind,
                    DayOfWeek follows) {
    }

    /** One's own calendar: a region administrator's region, anyone else's school. */
    @GetMapping("/calendar")
    String mine(Actor me) {
        if (me.is(Role.REGION_ADMIN)) {
            String[] codes = me.regionPath().split("/");
            return "redirect:/calendar/regions/" + codes[codes.length - 1];
        }
        if (me.schoolId() == null) {
            throw DomainException.forbidden();
        }
        return "redirect:/calendar/schools/" + me.schoolId();
    }

    @GetMapping("/calendar/schools/{id}")
    String school(@PathVariable long id, Actor me, Model model) {
        return page(model, calendars.calendar(me, CalendarOwner.school(id)));
    }

    @GetMapping("/calendar/regions/{code}")
    String region(@PathVariable String code, Actor me, Model model) {
        return page(model, calendars.calendar(me, CalendarOwner.region(code)));
    }

    @PostMapping("/calendar/schools/{id}/years")
    String schoolYear(@PathVariable long id, Actor me, @ModelAttribute SpanForm form, BindingResult binding,
                      Model model) {
        return addYear(me, CalendarOwner.school(id), form, binding, model);
    }

    @PostMapping("/calendar/regions/{code}/years")
    String regionYear(@PathVariable String code, Actor me, @ModelAttribute SpanForm form, BindingResult binding,
                      Model model) {
        return addYear(me, CalendarOwner.region(code), form, binding, model);
    }

    @PostMapping("/calendar/years/{id}/terms")
    String term(@PathVariable long id, Actor me, @ModelAttribute SpanForm form, BindingResult binding, Model model) {
        CalendarOwner owner = calendars.ownerOfYear(me, id);
        try {
            requireDates(binding);
            calendars.addTerm(me, id, form.name(), form.firstDay(), form.lastDay());
        } catch (DomainException e) {
            return refused(model, me, owner, "term-" + id, form, e);
        }
        return redirect(owner);
    }

    @PostMapping("/calendar/terms/{id}/days-off")
    String dayOff(@PathVariable long id, Actor me, @ModelAttribute SpanForm form, BindingResult binding,
                  Model model) {
        CalendarOwner owner = calendars.ownerOfTerm(me, id);
        try {
            requireDates(binding);
            calendars.addDayOff(me, id, form.name(), form.firstDay(), form.lastDay(), form.kind(),
                    form.follows());
        } catch (DomainException e) {
            return refused(model, me, owner, "dayoff-" + id, form, e);
        }
        return redirect(owner);
    }

    @PostMapping("/calendar/years/{id}/delete")
    String removeYear(@PathVariable long id, Actor me, Model model) {
        CalendarOwner owner = calendars.ownerOfYear(me, id);
        try {
            calendars.removeYear(me, id);
        } catch (DomainException e) {
            return refused(model, me, owner, "remove", null, e);
        }
        return redirect(owner);
    }

    @PostMapping("/calendar/terms/{id}/delete")
    String removeTerm(@PathVariable long id, Actor me, Model model) {
        CalendarOwner owner = calendars.ownerOfTerm(me, id);
        try {
            calendars.removeTerm(me, id);
        } catch (DomainException e) {
            return refused(model, me, owner, "remove", null, e);
        }
        return redirect(owner);
    }

    @PostMapping("/calendar/days-off/{id}/delete")
    String removeDayOff(@PathVariable long id, Actor me) {
        CalendarOwner owner = calendars.ownerOfDayOff(me, id);
        calendars.removeDayOff(me, id);
        return redirect(owner);
    }

    private String addYear(Actor me, CalendarOwner owner, SpanForm form, BindingResult binding, Model model) {
        try {
            requireDates(binding);
            calendars.addYear(me, owner, form.name(), form.firstDay(), form.lastDay());
        } catch (DomainException e) {
            return refused(model, me, owner, "year", form, e);
        }
        return redirect(owner);
    }

    /** A date the browser could not send as one (typed by hand into an old browser). */
    private static void requireDates(BindingResult binding) {
        if (binding.hasErrors()) {
            throw DomainException.invalid("classroom.calendar.days.required");
        }
    }

    private String refused(Model model, Actor me, CalendarOwner owner, String failed, SpanForm typed,
                           DomainException e) {
        // a refusal of the reader, or of a target that is gone, is no form error
        if (e.status().value() != 400 && e.status().value() != 409) {
            throw e;
        }
        model.addAttribute("failed", failed);
        model.addAttribute("failureKey", e.messageKey());
        model.addAttribute("failureArgs", e.args());
        model.addAttribute("typed", typed);
        return page(model, calendars.calendar(me, owner));
    }

    private static String page(Model model, CalendarView calendar) {
        model.addAttribute("calendar", calendar);
        model.addAttribute("kinds", DayOff.Kind.values());
        model.addAttribute("weekdays", List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY));
        return "classroom/calendar";
    }

    private static String redirect(CalendarOwner owner) {
        return owner.isSchool() ? "redirect:/calendar/schools/" + owner.schoolId()
                : "redirect:/calendar/regions/" + owner.regionCode().trim();
    }
}
