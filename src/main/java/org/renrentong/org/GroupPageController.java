package org.renrentong.org;

import org.renrentong.identity.Actor;
import org.renrentong.identity.LenientNumber;
import org.renrentong.identity.Role;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages of groups: a school's groups, one's own groups, and a group with its members and the people picker. */
@Controller
class GroupPageController {

    /** A refused change of the members shows above them. */
    private static final FormErrors ERRORS = FormErrors.fields();

    private final Groups groups;
    private final GroupMembers members;
    private final Schools schools;

    GroupPageController(Groups groups, GroupMembers members, Schools schools) {
        this.groups = groups;
        this.members = members;
        this.schools = schools;
    }

    @InitBinder
    void lenientNumbers(WebDataBinder binder) {
        binder.registerCustomEditor(Long.class, new LenientNumber());
    }

    /** Where the navigation's "groups" leads: the groups of one's school, or else one's own groups. */
    @GetMapping("/groups")
    String start(Actor me) {
        if (me.schoolId() != null && (me.is(Role.SCHOOL_ADMIN) || me.is(Role.TEACHER))) {
            return "redirect:/schools/" + me.schoolId() + "/groups";
        }
        return "redirect:/groups/mine";
    }

    @GetMapping("/schools/{id}/groups")
    String ofSchool(Actor me, @PathVariable long id, Model model) {
        School school = schools.visible(me, id);
        model.addAttribute("school", school);
        model.addAttribute("groups", groups.ofSchool(me, id));
        model.addAttribute("mayCreateGroup", groups.mayCreateAt(me, school));
        return "org/groups";
    }

    @GetMapping("/groups/mine")
    String mine(Actor me, Model model) {
        model.addAttribute("groups", members.mine(me));
        return "org/my-groups";
    }

    /** The reader's groups as a card, for their personal space. */
    @GetMapping("/groups/mine/card")
    String mineCard(Actor me, Model model) {
        model.addAttribute("groups", members.mine(me));
        return "org/my-groups :: card";
    }

    /** What the member forms send: the person to add (or, from the path, to remove). */
    record MemberForm(Long personId) {
    }

    @GetMapping("/groups/{id}")
    String group(Actor me, @PathVariable long id, @RequestParam(required = false) String q, Model model) {
        return page(me, id, q, model);
    }

    /** Matching people for the picker (htmx); the page itself shows them too when searched without script. */
    @GetMapping("/groups/{id}/candidates")
    String candidates(Actor me, @PathVariable long id, @RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("groupId", id);
        model.addAttribute("candidates", members.candidates(me, id, q));
        return "org/group :: candidates";
    }

    @PostMapping("/groups/{id}/members")
    String add(Actor me, @PathVariable long id, @ModelAttribute("memberForm") MemberForm form,
               BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            if (form.personId() == null) {
                throw DomainException.invalid("group.member.choose");
            }
            members.add(me, id, form.personId());
            redirect.addFlashAttribute("done", "group.member.added");
            return "redirect:/groups/" + id;
        } catch (DomainException e) {
            return failed(me, id, model, e, binding);
        }
    }

    @PostMapping("/groups/{id}/members/{personId}/remove")
    String remove(Actor me, @PathVariable long id, @PathVariable long personId,
                  @ModelAttribute("memberForm") MemberForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        try {
            members.remove(me, id, personId);
            redirect.addFlashAttribute("done", "group.member.removed");
            return "redirect:/groups/" + id;
        } catch (DomainException e) {
            return failed(me, id, model, e, binding);
        }
    }

    private String failed(Actor me, long id, Model model, DomainException e, BindingResult binding) {
        ERRORS.reject(e, binding);
        return page(me, id, null, model);
    }

    private String page(Actor me, long id, String q, Model model) {
        GroupPage page = members.page(me, id);
        model.addAttribute("page", page);
        model.addAttribute("groupId", id);
        model.addAttribute("q", q);
        model.addAttribute("candidates", page.mayManage() && q != null ? members.candidates(me, id, q) : null);
        if (!model.containsAttribute("memberForm")) {
            model.addAttribute("memberForm", new MemberForm(null));
        }
        return "org/group";
    }
}
