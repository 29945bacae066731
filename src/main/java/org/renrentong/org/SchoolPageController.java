package org.renrentong.org;

import org.renrentong.identity.Actor;
import org.renrentong.region.Regions;
import org.renrentong.shared.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A school's own page: grades and classes, groups, links to the spaces, and the forms to add classes and groups. */
@Controller
@RequestMapping("/schools/{id}")
class SchoolPageController {

    private final Schools schools;
    private final Groups groups;
    private final Regions regions;

    SchoolPageController(Schools schools, Groups groups, Regions regions) {
        this.schools = schools;
        this.groups = groups;
        this.regions = regions;
    }

    @GetMapping
    String school(Actor me, @PathVariable long id, Model model) {
        return page(me, id, model);
    }

    @PostMapping("/classes")
    String addClass(Actor me, @PathVariable long id, @RequestParam(required = false) Long gradeId,
                    @RequestParam(defaultValue = "") String name, Model model, RedirectAttributes redirect) {
        try {
            if (gradeId == null) {
                throw DomainException.invalid("class.grade.unknown");
            }
            SchoolClass created = schools.createClass(me, id, gradeId, name);
            redirect.addFlashAttribute("done", "class.created");
            redirect.addFlashAttribute("doneName", created.fullName());
            return "redirect:/schools/" + id;
        } catch (DomainException e) {
            failed(e, model, "class");
            model.addAttribute("typedGradeId", gradeId);
            model.addAttribute("typedClassName", name);
            return page(me, id, model);
        }
    }

    @PostMapping("/groups")
    String addGroup(Actor me, @PathVariable long id, @RequestParam(defaultValue = "") String name,
                    @RequestParam(required = false) Group.Kind kind, Model model, RedirectAttributes redirect) {
        try {
            Group created = groups.create(me, name, kind, id);
            redirect.addFlashAttribute("done", "group.created");
            redirect.addFlashAttribute("doneName", created.name());
            return "redirect:/schools/" + id;
        } catch (DomainException e) {
            failed(e, model, "group");
            model.addAttribute("typedGroupName", name);
            model.addAttribute("typedGroupKind", kind);
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

    private static void failed(DomainException e, Model model, String form) {
        if (e.status() == HttpStatus.FORBIDDEN) {
            throw e;
        }
        model.addAttribute("failedForm", form);
        model.addAttribute("errorKey", e.messageKey());
        model.addAttribute("errorArgs", e.args());
    }

    private String page(Actor me, long id, Model model) {
        School school = schools.visible(me, id);
        model.addAttribute("school", school);
        model.addAttribute("county", regions.get(school.countyCode()));
        model.addAttribute("grades", GradeClasses.of(schools.grades(me, id), schools.classes(me, id)));
        model.addAttribute("groups", groups.ofSchool(me, id));
        model.addAttribute("groupKinds", Group.Kind.values());
        model.addAttribute("mayManage", schools.mayManage(me, school));
        model.addAttribute("mayCreateGroup", groups.mayCreateAt(me, school));
        return "org/school";
    }
}
