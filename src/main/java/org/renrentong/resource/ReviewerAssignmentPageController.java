package org.renrentong.resource;

import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.renrentong.shared.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The reviewer assignments page of platform and region administrators: list, add, remove. */
@Controller
@RequestMapping("/resources/reviewer-assignments")
class ReviewerAssignmentPageController {

    /** Refusals beside the choice they are about; others above the form. */
    private static final FormErrors ERRORS = FormErrors.fields("resource.assignment.expert.", "expertId",
            "resource.assignment.region.", "regionCode", "region.", "regionCode",
            "resource.assignment.subject.", "subjectCode");

    private final ReviewerAssignments assignments;

    ReviewerAssignmentPageController(ReviewerAssignments assignments) {
        this.assignments = assignments;
    }

    /** What the form submits; kept to show again beside a refusal. */
    record AssignmentForm(Long expertId, String regionCode, String subjectCode) {
    }

    @GetMapping
    String page(Actor me, Model model) {
        return page(me, model, new AssignmentForm(null, null, null));
    }

    @PostMapping
    String add(Actor me, @ModelAttribute("form") AssignmentForm form, BindingResult binding, Model model,
               RedirectAttributes redirect) {
        try {
            assignments.assign(me, form.expertId(), form.regionCode(), form.subjectCode());
        } catch (DomainException e) {
            ERRORS.reject(e, binding);
            return page(me, model, form);
        }
        redirect.addFlashAttribute("done", "resource.assignment.added");
        return "redirect:/resources/reviewer-assignments";
    }

    @PostMapping("/{id}/delete")
    String remove(@PathVariable long id, Actor me, RedirectAttributes redirect) {
        assignments.remove(me, id);
        redirect.addFlashAttribute("done", "resource.assignment.removed");
        return "redirect:/resources/reviewer-assignments";
    }

    private String page(Actor me, Model model, AssignmentForm form) {
        model.addAttribute("assignments", assignments.list(me));
        model.addAttribute("experts", assignments.experts(me));
        model.addAttribute("regions", assignments.regions(me));
        model.addAttribute("subjects", assignments.subjects());
        model.addAttribute("form", form);
        return "resource/assignments";
    }
}
