package org.renrentong.identity;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's page: details (masked), roles, classes, guardians or children; and for their administrators the forms
 * to add a guardian, assign a class to teach, grant another role and unlock the account. A failed form shows the
 * page again with its errors and the posted values.
 */
@Controller
@RequestMapping("/people/{id}")
class PersonController {

    /** Each form shows its refusals together, under its fields. */
    private static final FormErrors ERRORS = FormErrors.fields();

    private final People people;
    private final PeopleDirectory directory;
    private final RoleGrants grants;
    private final Guardians guardians;
    private final PasswordResets resets;
    private final ClassTeachers classTeachers;

    PersonController(People people, PeopleDirectory directory, RoleGrants grants, Guardians guardians,
                     PasswordResets resets, ClassTeachers classTeachers) {
        this.classTeachers = classTeachers;
        this.people = people;
        this.directory = directory;
        this.grants = grants;
        this.guardians = guardians;
        this.resets = resets;
    }

    record GuardianForm(String name, String phone, String relation, String initialPassword) {
        GuardianForm {
            name = name == null ? "" : name;
            phone = phone == null ? "" : phone;
            relation = relation == null ? "" : relation;
            initialPassword = initialPassword == null ? "" : initialPassword;
        }
    }

    /** What the teaching form sends; the head teacher box is sent only when ticked. */
    record TeachForm(Long classId, String subject, Boolean head) {
        TeachForm {
            subject = subject == null ? "" : subject;
        }
    }

    record GrantForm(Role role, Long schoolId, String regionCode, String studentAccount, String relation) {
        GrantForm {
            regionCode = regionCode == null ? "" : regionCode;
            studentAccount = studentAccount == null ? "" : studentAccount;
            relation = relation == null ? "" : relation;
        }
    }

    @InitBinder({"guardianForm", "teachForm", "grantForm"})
    void lenientChoices(WebDataBinder binder) {
        binder.registerCustomEditor(Role.class, new LenientChoice<>(Role.class));
        binder.registerCustomEditor(Long.class, new LenientNumber());
    }

    @GetMapping
    String person(Actor me, @PathVariable long id, Model model) {
        return page(me, id, model);
    }

    @PostMapping("/guardians")
    String addGuardian(Actor me, @PathVariable long id, @ModelAttribute("guardianForm") GuardianForm form,
                       BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            GuardianLink link = guardians.link(me, id, form.name(), form.phone(), form.relation(),
                    form.initialPassword());
            return link.outcome() == GuardianLink.Outcome.INVITED
                    ? done(redirect, id, "person.guardian.invited", link.phoneMasked())
                    : done(redirect, id, "person.guardian.added", link.name());
        } catch (DomainException e) {
            return failed(me, id, model, e, binding);
        }
    }

    @PostMapping("/classes")
    String assignClass(Actor me, @PathVariable long id, @ModelAttribute("teachForm") TeachForm form,
                       BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            if (form.classId() == null) {
                throw DomainException.invalid("person.class.required");
            }
            people.assignTeacher(me, id, form.classId(), form.subject(), Boolean.TRUE.equals(form.head()));
            return done(redirect, id, "person.teacher.assigned", null);
        } catch (DomainException e) {
            return failed(me, id, model, e, binding);
        }
    }

    @PostMapping("/grants")
    String grant(Actor me, @PathVariable long id, @ModelAttribute("grantForm") GrantForm form, BindingResult binding,
                 Model model, RedirectAttributes redirect) {
        try {
            Long studentId = form.role() == Role.GUARDIAN && !form.studentAccount().isBlank()
                    ? Long.valueOf(directory.byAccount(me, form.studentAccount()).id()) : null;
            grants.grant(me, id, new NewGrant(form.role(), form.schoolId(), form.regionCode(), studentId,
                    form.relation()));
            return done(redirect, id, "person.grant.done", null);
        } catch (DomainException e) {
            return failed(me, id, model, e, binding);
        }
    }

    @PostMapping("/unlock")
    String unlock(Actor me, @PathVariable long id, RedirectAttributes redirect) {
        people.unlock(me, id);
        return done(redirect, id, "person.unlocked", null);
    }

    private static String done(RedirectAttributes redirect, long id, String key, String name) {
        redirect.addFlashAttribute("done", key);
        redirect.addFlashAttribute("doneName", name);
        return "redirect:/people/" + id;
    }

    private String failed(Actor me, long id, Model model, DomainException e, BindingResult binding) {
        ERRORS.reject(e, binding);
        return page(me, id, model);
    }

    private String page(Actor me, long id, Model model) {
        PersonDetails details = directory.details(me, id);
        model.addAttribute("details", details);
        model.addAttribute("person", details.person());
        model.addAttribute("mayManage", directory.mayManage(me, id));
        model.addAttribute("mayResetPassword", resets.mayReset(me, id));
        model.addAttribute("grantRoles", me.is(Role.SCHOOL_ADMIN)
                ? new Role[] {Role.TEACHER, Role.SCHOOL_ADMIN, Role.GUARDIAN}
                : new Role[] {Role.TEACHER, Role.SCHOOL_ADMIN, Role.GUARDIAN, Role.REGION_ADMIN, Role.EXPERT});
        if (!model.containsAttribute("guardianForm")) {
            model.addAttribute("guardianForm", new GuardianForm("", "", "", ""));
        }
        model.addAttribute("subjects", classTeachers.subjects());
        if (!model.containsAttribute("teachForm")) {
            model.addAttribute("teachForm", new TeachForm(null, "", null));
        }
        if (!model.containsAttribute("grantForm")) {
            model.addAttribute("grantForm", new GrantForm(null, null, "", "", ""));
        }
        return "identity/person";
    }
}
