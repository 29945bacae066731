package org.renrentong.classroom.homework;

import org.renrentong.identity.Actor;
import org.renrentong.identity.Role;
import org.renrentong.shared.DomainException;
import org.renrentong.storage.FileResponses;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** A student's work on its own page: its versions and files; for the teacher grading, returning, showing, drawing. */
@Controller
class SubmissionController {

    private final Grading grading;
    private final HomeworkViews views;
    private final Homeworks homeworks;

    SubmissionController(Grading grading, HomeworkViews views, Homeworks homeworks) {
        this.grading = grading;
        this.views = views;
        this.homeworks = homeworks;
    }

    @GetMapping("/homework/submissions/{submissionId}")
    String work(@PathVariable long submissionId, Actor me, Model model) {
        return page(me, views.submission(me, submissionId), model, null);
    }

    @PostMapping("/homework/submissions/{submissionId}/grade")
    String grade(@PathVariable long submissionId, Actor me, @RequestParam(required = false) String score,
                 @RequestParam(required = false) String level, @RequestParam(required = false) String comment,
                 Model model) {
        try {
            grading.grade(me, submissionId, number(score), level(level), comment);
        } catch (DomainException e) {
            return refused(me, submissionId, model, e);
        }
        return "redirect:/homework/submissions/" + submissionId + "?graded";
    }

    @PostMapping("/homework/submissions/{submissionId}/return")
    String returnForCorrection(@PathVariable long submissionId, Actor me,
                               @RequestParam(required = false) String comment, Model model) {
        try {
            grading.returnForCorrection(me, submissionId, comment);
        } catch (DomainException e) {
            return refused(me, submissionId, model, e);
        }
        return "redirect:/homework/submissions/" + submissionId + "?returned";
    }

    @PostMapping("/homework/submissions/{submissionId}/excellent")
    String excellent(@PathVariable long submissionId, Actor me,
                     @RequestParam(defaultValue = "true") String excellent) {
        grading.markExcellent(me, submissionId, !"false".equals(excellent));
        return "redirect:/homework/submissions/" + submissionId;
    }

    /** The teacher's drawing on a photo, a PNG made in the browser from the canvas. */
    @PostMapping("/homework/submissions/{submissionId}/files/{fileId}/annotation")
    String annotate(@PathVariable long submissionId, @PathVariable long fileId, Actor me,
                    @RequestParam(name = "drawing", required = false) MultipartFile drawing, Model model) {
        try {
            grading.annotate(me, submissionId, fileId, drawing == null || drawing.isEmpty() ? null
                    : new HomeworkFile("annotation.png", drawing.getSize(), drawing));
        } catch (DomainException e) {
            return refused(me, submissionId, model, e);
        }
        return "redirect:/homework/submissions/" + submissionId + "?annotated";
    }

    @GetMapping("/homework/submissions/{submissionId}/files/{fileId}")
    ResponseEntity<Resource> file(@PathVariable long submissionId, @PathVariable long fileId, Actor me) {
        HomeworkViews.Content c = views.workFile(me, submissionId, fileId);
        return FileResponses.inline(c.file(), c.content());
    }

    private String refused(Actor me, long submissionId, Model model, DomainException e) {
        if (e.status() == HttpStatus.FORBIDDEN || e.status() == HttpStatus.NOT_FOUND) {
            throw e;
        }
        return page(me, views.submission(me, submissionId), model, e);
    }

    private String page(Actor me, SubmissionView work, Model model, DomainException refused) {
        Homework h = homeworks.get(me, work.homeworkId());
        model.addAttribute("work", work);
        model.addAttribute("homework", h);
        model.addAttribute("grades", views.taughtClasses(me, h).stream().anyMatch(c -> c.classId() == work.classId())
                && me.is(Role.TEACHER));
        model.addAttribute("levels", Level.values());
        // marks and comments are for the student, their guardians and their teachers, not for classmates
        model.addAttribute("showMarks", views.teaches(me, h) || me.isGuardianOf(work.studentId())
                || (me.is(Role.STUDENT) && me.personId() == work.studentId()));
        model.addAttribute("refused", refused);
        return "homework/submission";
    }

    /** A number the form sent; what is no number is no score, which the grading refuses with its message. */
    private static Integer number(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return Integer.MIN_VALUE;
        }
    }

    private static Level level(String value) {
        try {
            return value == null || value.isBlank() ? null : Level.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
