package org.renrentong.classroom.homework;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Role;
import org.renrentong.shared.DomainException;
import org.renrentong.shared.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The homework list of a teacher, a student or a guardian; assigning, changing and withdrawing in the browser. */
@Controller
class HomeworkController {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final FormErrors ERRORS = FormErrors.fields("homework.files.", "", "homework.file.", "",
            "homework.dueAt.", "due", "homework.class.", "classIds");

    private final Homeworks homeworks;
    private final HomeworkViews views;

    HomeworkController(Homeworks homeworks, HomeworkViews views) {
        this.homeworks = homeworks;
        this.views = views;
    }

    /** What the form sends; the due time as the teacher's local time (datetime-local, Asia/Shanghai). */
    record AssignForm(String title, String instructions, String subjectCode, String due, Boolean lateAccepted,
                      Integer maxScore, List<Long> classIds, List<Long> studentIds, List<Long> resourceIds) {

        static AssignForm of(Homework h) {
            return new AssignForm(h.title(), h.instructions(), h.subjectCode(),
                    LocalDateTime.ofInstant(h.dueAt(), SHANGHAI).toString(), h.lateAccepted(), h.maxScore(),
                    h.classes().stream().map(Homework.AssignedClass::classId).toList(), List.of(), h.resourceIds());
        }

        HomeworkForm toForm() {
            return new HomeworkForm(title, instructions, subjectCode, dueAt(), lateAccepted, maxScore, classIds,
                    studentIds, resourceIds);
        }

        private Instant dueAt() {
            try {
                return due == null || due.isBlank() ? null : LocalDateTime.parse(due).atZone(SHANGHAI).toInstant();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    @GetMapping("/homework")
    String list(Actor me, Model model) {
        if (me.is(Role.GUARDIAN)) {
            model.addAttribute("children", views.children(me));
        } else {
            model.addAttribute("items", views.mine(me));
        }
        return "homework/list";
    }

    /** The homework card of a class space (loaded there by htmx); empty for readers with no homework in the class. */
    @GetMapping("/homework/classes/{classId}/card")
    String card(@PathVariable long classId, Actor me, Model model) {
        model.addAttribute("card", views.classCard(me, classId));
        return "homework/card :: card";
    }

    @GetMapping("/homework/new")
    String blank(Actor me, Model model) {
        return form(me, model, new AssignForm(null, null, null, null, false, null, List.of(), List.of(), List.of()),
                null);
    }

    @PostMapping("/homework")
    String assign(Actor me, @ModelAttribute("assign") AssignForm form, BindingResult binding,
                  @RequestParam(name = "attachments", required = false) List<MultipartFile> attachments,
                  Model model) {
        if (binding.hasErrors()) {
            return form(me, model, form, null);
        }
        try {
            return "redirect:/homework/" + homeworks.assign(me, form.toForm(), files(attachments)).id();
        } catch (DomainException e) {
            ERRORS.reject(e, binding);
            return form(me, model, form, null);
        }
    }

    @GetMapping("/homework/{id}/edit")
    String edit(@PathVariable long id, Actor me, Model model) {
        Homework h = homeworks.get(me, id);
        if (!views.teaches(me, h) || h.teacherId() != me.personId()) {
            throw DomainException.forbidden();
        }
        return form(me, model, AssignForm.of(h), h);
    }

    @PostMapping("/homework/{id}/edit")
    String update(@PathVariable long id, Actor me, @ModelAttribute("assign") AssignForm form, BindingResult binding,
                  Model model) {
        if (binding.hasErrors()) {
            return form(me, model, form, homeworks.get(me, id));
        }
        try {
            homeworks.update(me, id, form.toForm());
        } catch (DomainException e) {
            if (e.status() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            ERRORS.reject(e, binding);
            return form(me, model, form, homeworks.get(me, id));
        }
        return "redirect:/homework/" + id;
    }

    @PostMapping("/homework/{id}/withdraw")
    String withdraw(@PathVariable long id, Actor me) {
        homeworks.withdraw(me, id);
        return "redirect:/homework";
    }

    private String form(Actor me, Model model, AssignForm form, Homework editing) {
        model.addAttribute("assign", form);
        model.addAttribute("choices", views.choices(me));
        model.addAttribute("editing", editing);
        return "homework/form";
    }

    static List<HomeworkFile> files(List<MultipartFile> files) {
        return files == null ? List.of() : files.stream().filter(f -> f != null && !f.isEmpty())
                .map(f -> new HomeworkFile(f.getOriginalFilename(), f.getSize(), f)).toList();
    }
}
