package org.renrentong.org;

import org.renrentong.identity.Actor;
import org.renrentong.region.Regions;
import org.renrentong.identity.LenientChoice;
import org.renrentong.identity.LenientNumber;
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

/** A school's own page: grades and classes, groups, links to the spaces, and the forms to add classes and groups. */
@Controller
@RequestMapping("/schools/{id}")
class SchoolPageController {

    /** Each form shows its refusals together, beside the name. */
    private static final FormErrors ERRORS = FormErrors.fields();

    private final Schools schools;
    private final Groups groups;
    private final Regions regions;

    SchoolPageController(Schools schools, Groups groups, Regions regions) {
        this.schools = schools;
        this.groups = groups;
        this.regions = regions;
    }

    /** What the class form sends. */
    record ClassForm(Long gradeId, String name) {
        ClassForm {
            name = name == null ? "" : name;
        }
    }

    /** What the group form sends. */
    record GroupForm(String name, Group.Kind kind) {
        GroupForm {
            name = name == null ? "" : name;
        }
    }

    @InitBinder({"classForm", "groupForm"})
    void lenientChoices(WebDataBinder binder) {
        binder.registerCustomEditor(Long.class, new LenientNumber());
        binder.registerCustomEditor(Group.Kind.class, new LenientChoice<>(Group.Kind.class));
    }

    @GetMapping
    String school(Actor me, @PathVariable long id, Model model) {
        return page(me, id, model);
    }

    @PostMapping("/classes")
    String addClass(Actor me, @PathVariable long id, @ModelAttribute("classForm") ClassForm form,
                    BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            if (form.gradeId() == null) {
                throw DomainException.invalid("class.grade.unknown");
            }
            SchoolClass created = schools.createClass(me, id, form.gradeId(), form.name());
            redirect.addFlashAttribute("done", "class.created");
            redirect.addFlashAttribute("doneName", created.fullName());
            return "redirect:/schools/" + id;
        } catch (DomainException e) {
            ERRORS.reject(e, binding);
            return page(me, id, model);
        }
    }

    @PostMapping("/groups")
    String addGroup(Actor me, @PathVariable long id, @ModelAttribute("groupForm") GroupForm form,
                    BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            Group created = groups.create(me, form.name(), form.kind(), id);
            redirect.addFlashAttribute("done", "group.created");
            redirect.addFlashAttribute("doneName", created.name());
            return "redirect:/schools/" + id;
        } catch (DomainException e) {
            ERRORS.reject(e, binding);
            return page(me, id, model);
        }
    }

    /** The classes of the school as options of a select, for the people forms; one may be preselected. */
    @GetMapping("/classes/options")
    String classOptions(Actor me, @PathVariable long id, @RequestParam(required = false) Long selected,
                        Model model) {
        model.addAttribute("classes", schools.classes(me, id));
        model.addAttribute("selected", selected);
        return "org/class-options :: options";
    }

    /** The school page; a form refused just now keeps what was typed and its errors. */
    private String page(Actor me, long id, Model model) {
        School school = schools.visible(me, id);
        model.addAttribute("school", school);
        model.addAttribute("county", regions.get(school.countyCode()));
        model.addAttribute("grades", GradeClasses.of(schools.grades(me, id), schools.classes(me, id)));
        model.addAttribute("groups", groups.ofSchool(me, id));
        model.addAttribute("groupKinds", Group.Kind.values());
        model.addAttribute("mayManage", schools.mayManage(me, school));
        model.addAttribute("mayCreateGroup", groups.mayCreateAt(me, school));
        if (!model.containsAttribute("classForm")) {
            model.addAttribute("classForm", new ClassForm(null, ""));
        }
        if (!model.containsAttribute("groupForm")) {
            model.addAttribute("groupForm", new GroupForm("", null));
        }
        return "org/school";
    }
}
