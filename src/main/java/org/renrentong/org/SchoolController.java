package org.renrentong.org;

import jakarta.validation.Valid;
import java.util.EnumSet;
import org.renrentong.identity.Actor;
import org.renrentong.identity.LenientChoice;
import org.renrentong.region.Regions;
import org.renrentong.shared.DomainException;
import org.renrentong.shared.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The school list (keyset paged, filtered by name) and the school form, for administrators. */
@Controller
@RequestMapping("/schools")
class SchoolController {

    /** Refusals of the services beside the fields they concern; any other beside the name. */
    private static final FormErrors ERRORS = FormErrors.fields("school.county", "countyCode", "region.", "countyCode",
            "school.code", "code", "school.kind", "kind", "school.stages", "stages", "", "name");

    static final int PAGE_SIZE = 20;

    private final Schools schools;
    private final Regions regions;

    SchoolController(Schools schools, Regions regions) {
        this.schools = schools;
        this.regions = regions;
    }

    @InitBinder("form")
    void lenientChoices(WebDataBinder binder) {
        binder.registerCustomEditor(SchoolKind.class, new LenientChoice<>(SchoolKind.class));
        binder.registerCustomEditor(Stage.class, new LenientChoice<>(Stage.class));
    }

    @GetMapping
    String list(Actor me, @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") long after,
                Model model) {
        model.addAttribute("q", q);
        model.addAttribute("slice", schools.list(me, q, after, PAGE_SIZE));
        model.addAttribute("mayCreate", schools.mayCreate(me));
        return "org/schools";
    }

    /** The next page of rows, for "load more". */
    @GetMapping("/rows")
    String rows(Actor me, @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") long after,
                Model model) {
        model.addAttribute("q", q);
        model.addAttribute("slice", schools.list(me, q, after, PAGE_SIZE));
        return "org/schools :: rows";
    }

    /** Schools to pick by name, each linking to its people: the first step of the people pages for a region. */
    @GetMapping("/choose")
    String choose(Actor me, @RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("slice", schools.list(me, q, 0, PAGE_SIZE));
        return "org/school-choice :: choice";
    }

    @GetMapping("/new")
    String newSchool(Actor me, Model model) {
        if (!schools.mayCreate(me)) {
            throw DomainException.forbidden();
        }
        return form(me, new SchoolForm("", "", null, EnumSet.noneOf(Stage.class), ""), null, model);
    }

    @PostMapping
    String create(Actor me, @Valid @ModelAttribute("form") SchoolForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                School school = schools.create(me, form);
                redirect.addFlashAttribute("done", "school.created");
                return "redirect:/schools/" + school.id();
            } catch (DomainException e) {
                ERRORS.reject(e, binding);
            }
        }
        return form(me, form, null, model);
    }

    @GetMapping("/{id}/edit")
    String edit(Actor me, @PathVariable long id, Model model) {
        School school = schools.visible(me, id);
        if (!schools.mayManage(me, school)) {
            throw DomainException.forbidden();
        }
        return form(me, new SchoolForm(school.name(), school.code(), school.kind(), school.stages(),
                school.countyCode()), school, model);
    }

    @PostMapping("/{id}")
    String update(Actor me, @PathVariable long id, @Valid @ModelAttribute("form") SchoolForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        School school = schools.visible(me, id);
        if (!binding.hasErrors()) {
            try {
                schools.update(me, id, form);
                redirect.addFlashAttribute("done", "school.updated");
                return "redirect:/schools/" + id;
            } catch (DomainException e) {
                ERRORS.reject(e, binding);
            }
        }
        return form(me, form, school, model);
    }

    private String form(Actor me, SchoolForm form, School existing, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("school", existing);
        model.addAttribute("kinds", SchoolKind.values());
        model.addAttribute("stages", Stage.values());
        model.addAttribute("pickerRoot", existing == null ? regions.home(me).code() : null);
        return "org/school-form";
    }
}
