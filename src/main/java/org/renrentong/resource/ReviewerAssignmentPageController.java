package org.renrentong.resource;

import org.renrentong.identity.Actor;
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

/** The reviewer assignments page of platform and region administrators: list, add, remove. */
@Controller
@RequestMapping("/resources/reviewer-assignments")
class ReviewerAssignmentPageController {

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
    String add(Actor me, @RequestParam(required = false) Long expertId,
               @RequestParam(required = false) String regionCode, @RequestParam(required = false) String subjectCode,
               Model model, RedirectAttributes redirect) {
        try {
            assignments.assign(me, expertId, regionCode, subjectCode);
        } catch (DomainException e) {
            if (e.status() == HttpStatus.FORBIDDEN || e.status() == HttpStatus.UNAUTHORIZED) {
                throw e;
            }
            model.addAttribute("errorField", field(e.messageKey()));
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return page(me, model, new AssignmentForm(expertId, regionCode, subjectCode));
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

    /** The form field a refusal belongs beside: resource.assignment.FIELD.*, or an unknown region. */
    static String field(String key) {
        if (key.startsWith("region.")) {
            return "region";
        }
        String[] parts = key.split("\\.");
        return key.startsWith("resource.assignment.") && parts.length > 3 ? parts[2] : "form";
    }
}
