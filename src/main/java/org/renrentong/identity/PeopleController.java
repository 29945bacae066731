package org.renrentong.identity;

import jakarta.validation.Valid;
import java.util.List;
import org.renrentong.shared.DomainException;
import org.renrentong.shared.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The people of a school for its administrators (region administrators pick the school first), and the form that
 * creates a person: school roles at a school, region roles at a region.
 */
@Controller
@RequestMapping("/people")
class PeopleController {

    /** Refusals of the services beside the fields they concern; the rest above the form. */
    private static final FormErrors ERRORS = FormErrors.fields("person.phone", "phone", "person.idCard", "idCard",
            "person.number", "number", "person.class", "classId", "class.", "classId", "password.", "initialPassword",
            "person.name", "name", "region.", "regionCode");

    static final int PAGE_SIZE = 20;
    private static final List<Role> SCHOOL_ROLES = List.of(Role.STUDENT, Role.TEACHER, Role.SCHOOL_ADMIN);
    private static final List<Role> REGION_ROLES = List.of(Role.REGION_ADMIN, Role.EXPERT);

    private final People people;
    private final PeopleDirectory directory;

    PeopleController(People people, PeopleDirectory directory) {
        this.people = people;
        this.directory = directory;
    }

    @InitBinder("form")
    void lenientChoices(WebDataBinder binder) {
        binder.registerCustomEditor(Role.class, new LenientChoice<>(Role.class));
        binder.registerCustomEditor(Person.Gender.class, new LenientChoice<>(Person.Gender.class));
        binder.registerCustomEditor(Long.class, new LenientNumber());
    }

    @GetMapping
    String list(Actor me, @RequestParam(required = false) Long school, @RequestParam(defaultValue = "") String q,
                @RequestParam(defaultValue = "") String cursor, Model model) {
        if (school == null) {
            if (me.is(Role.SCHOOL_ADMIN)) {
                return "redirect:/people?school=" + me.schoolId();
            }
            if (!me.is(Role.REGION_ADMIN) && !me.is(Role.PLATFORM_ADMIN)) {
                throw DomainException.forbidden();
            }
            return "identity/people-pick";
        }
        model.addAttribute("q", q);
        model.addAttribute("page", directory.ofSchool(me, school, q, cursor, PAGE_SIZE));
        return "identity/people";
    }

    /** The next page of rows, for "load more". */
    @GetMapping("/rows")
    String rows(Actor me, @RequestParam long school, @RequestParam(defaultValue = "") String q,
                @RequestParam(defaultValue = "") String cursor, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("page", directory.ofSchool(me, school, q, cursor, PAGE_SIZE));
        return "identity/people :: rows";
    }

    @GetMapping("/new")
    String newPerson(Actor me, @RequestParam(required = false) Long school,
                     @RequestParam(required = false) String region, Model model) {
        if (school == null && region == null) {
            throw DomainException.invalid("person.school.required");
        }
        Role role = school != null ? Role.STUDENT : Role.REGION_ADMIN;
        return form(me, new NewPerson("", Person.Gender.UNKNOWN, "", "", role, school, null, region, "", ""), model);
    }

    @PostMapping
    String create(Actor me, @Valid @ModelAttribute("form") NewPerson form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                Person created = people.create(me, form);
                redirect.addFlashAttribute("done", "person.created");
                redirect.addFlashAttribute("doneName", created.account());
                return "redirect:/people/" + created.id();
            } catch (DomainException e) {
                ERRORS.reject(e, binding);
            }
        }
        return form(me, form, model);
    }

    /** The administrators and experts of a region, shown on the region page. */
    @GetMapping("/admins")
    String regionStaff(Actor me, @RequestParam String region, Model model) {
        model.addAttribute("region", region);
        model.addAttribute("staff", directory.regionStaff(me, region));
        return "identity/region-staff :: staff";
    }

    private String form(Actor me, NewPerson form, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("place", directory.placeName(me, form.schoolId(), form.regionCode()));
        model.addAttribute("roles", form.schoolId() != null ? SCHOOL_ROLES : REGION_ROLES);
        model.addAttribute("genders", Person.Gender.values());
        return "identity/person-form";
    }
}
