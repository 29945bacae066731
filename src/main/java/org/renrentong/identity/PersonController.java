package org.renrentong.identity;

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

/**
 * A person's page: details (masked), roles, classes, guardians or children; and for their administrators the forms
 * to add a guardian, assign a class to teach, grant another role and unlock the account. A failed form shows the
 * page again with the error beside it and the posted values (read back from the request parameters).
 */
@Controller
@RequestMapping("/people/{id}")
class PersonController {

    private final People people;
    private final PeopleDirectory directory;
    private final RoleGrants grants;
    private final Guardians guardians;
    private final PasswordResets resets;

    PersonController(People people, PeopleDirectory directory, RoleGrants grants, Guardians guardians,
                     PasswordResets resets) {
        this.people = people;
        this.directory = directory;
        this.grants = grants;
        this.guardians = guardians;
        this.resets = resets;
    }

    @GetMapping
    String person(Actor me, @PathVariable long id, Model model) {
        return page(me, id, model);
    }

    @PostMapping("/guardians")
    String addGuardian(Actor me, @PathVariable long id, @RequestParam(defaultValue = "") String name,
                       @RequestParam(defaultValue = "") String phone, @RequestParam(defaultValue = "") String relation,
                       @RequestParam(defaultValue = "") String initialPassword, Model model,
                       RedirectAttributes redirect) {
        try {
            GuardianLink link = guardians.link(me, id, name, phone, relation, initialPassword);
            return link.outcome() == GuardianLink.Outcome.INVITED
                    ? done(redirect, id, "person.guardian.invited", link.phoneMasked())
                    : done(redirect, id, "person.guardian.added", link.name());
        } catch (DomainException e) {
            return failed(me, id, model, "guardian", e);
        }
    }

    @PostMapping("/classes")
    String assignClass(Actor me, @PathVariable long id, @RequestParam(required = false) Long classId,
                       @RequestParam(defaultValue = "") String subject,
                       @RequestParam(defaultValue = "false") boolean head, Model model, RedirectAttributes redirect) {
        try {
            if (classId == null) {
                throw DomainException.invalid("person.class.required");
            }
            people.assignTeacher(me, id, classId, subject, head);
            return done(redirect, id, "person.teacher.assigned", null);
        } catch (DomainException e) {
            return failed(me, id, model, "class", e);
        }
    }

    @PostMapping("/grants")
    String grant(Actor me, @PathVariable long id, @RequestParam(required = false) Role role,
                 @RequestParam(required = false) Long schoolId, @RequestParam(defaultValue = "") String regionCode,
                 @RequestParam(defaultValue = "") String studentAccount,
                 @RequestParam(defaultValue = "") String relation, Model model, RedirectAttributes redirect) {
        try {
            Long studentId = role == Role.GUARDIAN && !studentAccount.isBlank()
                    ? Long.valueOf(directory.byAccount(me, studentAccount).id()) : null;
            grants.grant(me, id, new NewGrant(role, schoolId, regionCode, studentId, relation));
            return done(redirect, id, "person.grant.done", null);
        } catch (DomainException e) {
            return failed(me, id, model, "grant", e);
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

    private String failed(Actor me, long id, Model model, String form, DomainException e) {
        if (e.status() == HttpStatus.FORBIDDEN) {
            throw e;
        }
        model.addAttribute("failedForm", form);
        model.addAttribute("errorKey", e.messageKey());
        model.addAttribute("errorArgs", e.args());
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
        return "identity/person";
    }
}
