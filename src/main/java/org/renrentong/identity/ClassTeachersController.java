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

/** A class's teachers page (任课教师): its head teacher and a teacher per subject, set by its school's administrators. */
@Controller
@RequestMapping("/classes/{id}/teachers")
class ClassTeachersController {

    /** A refused subject goes beside the subject choice, anything else beside the teacher choice. */
    private static final FormErrors ERRORS = FormErrors.fields("teaching.subject", "subject", "", "teacherId");

    private final ClassTeachers teachers;
    private final TeacherAssignments assignments;

    ClassTeachersController(ClassTeachers teachers, TeacherAssignments assignments) {
        this.teachers = teachers;
        this.assignments = assignments;
    }

    /** What the head teacher form sends. */
    record HeadForm(Long teacherId) {
    }

    /** What the subject form sends: a subject code and its teacher. */
    record SubjectForm(String subject, Long teacherId) {
        SubjectForm {
            subject = subject == null ? "" : subject;
        }
    }

    @InitBinder({"headForm", "subjectForm"})
    void lenientChoices(WebDataBinder binder) {
        binder.registerCustomEditor(Long.class, new LenientNumber());
    }

    @GetMapping
    String page(Actor me, @PathVariable long id, Model model) {
        ClassTeaching teaching = teachers.ofClass(me, id);
        model.addAttribute("teaching", teaching);
        boolean mayAssign = teachers.mayAssign(me, id);
        model.addAttribute("mayAssign", mayAssign);
        if (mayAssign) {
            model.addAttribute("choices", teachers.choices(me, id));
            model.addAttribute("subjects", teachers.subjects());
        }
        if (!model.containsAttribute("headForm")) {
            model.addAttribute("headForm", new HeadForm(null));
        }
        if (!model.containsAttribute("subjectForm")) {
            model.addAttribute("subjectForm", new SubjectForm("", null));
        }
        return "identity/class-teachers";
    }

    @PostMapping("/head")
    String setHead(Actor me, @PathVariable long id, @ModelAttribute("headForm") HeadForm form,
                   BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            assignments.setHead(me, id, form.teacherId() == null ? 0 : form.teacherId());
            return done(redirect, id, "teaching.head.set");
        } catch (DomainException e) {
            ERRORS.reject(e, binding);
            // the form stays in view with its refusal, even when the class got a head teacher meanwhile
            model.addAttribute("headRefused", true);
            return page(me, id, model);
        }
    }

    @PostMapping("/head/remove")
    String removeHead(Actor me, @PathVariable long id, RedirectAttributes redirect) {
        assignments.removeHead(me, id);
        return done(redirect, id, "teaching.head.removed");
    }

    @PostMapping("/subjects")
    String assignSubject(Actor me, @PathVariable long id, @ModelAttribute("subjectForm") SubjectForm form,
                         BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            assignments.assignSubject(me, id, form.subject(), form.teacherId() == null ? 0 : form.teacherId());
            return done(redirect, id, "teaching.subject.assigned");
        } catch (DomainException e) {
            ERRORS.reject(e, binding);
            return page(me, id, model);
        }
    }

    @PostMapping("/subjects/{subject}/remove")
    String removeSubject(Actor me, @PathVariable long id, @PathVariable String subject,
                         RedirectAttributes redirect) {
        assignments.removeSubject(me, id, subject);
        return done(redirect, id, "teaching.subject.removed");
    }

    @PostMapping("/{personId}/remove")
    String removeTeacher(Actor me, @PathVariable long id, @PathVariable long personId, RedirectAttributes redirect) {
        assignments.removeTeacher(me, id, personId);
        return done(redirect, id, "teaching.teacher.removed");
    }

    private static String done(RedirectAttributes redirect, long id, String key) {
        redirect.addFlashAttribute("done", key);
        return "redirect:/classes/" + id + "/teachers";
    }
}
