package org.renrentong.classroom.closure;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The closures page of an administrator (the closures they see, and the form that switches a place into one) and a
 * closure's figures page (chart, table, .xlsx export). A refused form shows the page again with the message and
 * what was typed.
 */
@Controller
class ClosuresController {

    private final Closures closures;
    private final ClosureFigures figures;
    private final JsonMapper json;

    ClosuresController(Closures closures, ClosureFigures figures, JsonMapper json) {
        this.closures = closures;
        this.figures = figures;
        this.json = json;
    }

    /** What the switch form sends: the place ("region:130102" or "school:17"), the days and the reason. */
    record SwitchForm(String place, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstDay,
                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay, String reason) {
    }

    /** What the chart script draws: one line per school (or class) over the days, for each share. */
    record Chart(List<String> days, List<Series> series) {
    }

    record Series(String name, List<Double> opened, List<Double> handedIn) {
    }

    @GetMapping("/closures")
    String list(Actor me, Model model) {
        return page(model, me, null);
    }

    @PostMapping("/closures")
    String switchOn(Actor me, @ModelAttribute SwitchForm form, BindingResult binding, Model model) {
        try {
            if (binding.hasErrors()) {
                throw DomainException.invalid("closure.days.required");
            }
            String place = form.place() == null ? "" : form.place();
            Long schoolId = place.startsWith("school:") ? parseId(place.substring(7)) : null;
            String region = place.startsWith("region:") ? place.substring(7) : null;
            Closure closure = closures.switchOn(me, region, schoolId, form.firstDay(), form.lastDay(), form.reason());
            return "redirect:/closures/" + closure.id();
        } catch (DomainException e) {
            if (e.status().value() != 400 && e.status().value() != 409) {
                throw e;
            }
            model.addAttribute("failureKey", e.messageKey());
            model.addAttribute("failureArgs", e.args());
            return page(model, me, form);
        }
    }

    @PostMapping("/closures/{id}/end")
    String end(@PathVariable long id, Actor me) {
        closures.end(me, id);
        return "redirect:/closures/" + id;
    }

    @GetMapping("/closures/{id}")
    String figures(@PathVariable long id, Actor me, Model model) {
        ClosureReport report = figures.report(me, id);
        model.addAttribute("report", report);
        model.addAttribute("mayEnd", closures.mayEnd(me, report.closure()));
        model.addAttribute("chart", json.writeValueAsString(new Chart(
                report.days().stream().map(LocalDate::toString).toList(),
                report.units().stream().map(u -> new Series(u.name(),
                        u.days().stream().map(ClosureReport.DayFigures::openedShare).toList(),
                        u.days().stream().map(ClosureReport.DayFigures::handedInShare).toList())).toList())));
        return "closure/figures";
    }

    @GetMapping("/closures/{id}/figures.xlsx")
    void export(@PathVariable long id, Actor me, Locale locale, HttpServletResponse response) throws IOException {
        closures.visible(me, id);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"closure-" + id + ".xlsx\"");
        figures.export(me, id, response.getOutputStream(), locale);
    }

    private String page(Model model, Actor me, SwitchForm typed) {
        model.addAttribute("closures", closures.list(me, Long.MAX_VALUE, 100));
        model.addAttribute("places", closures.places(me));
        model.addAttribute("typed", typed);
        return "closure/closures";
    }

    private static Long parseId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw DomainException.invalid("closure.place.required");
        }
    }
}
