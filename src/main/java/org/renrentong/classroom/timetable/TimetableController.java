package org.renrentong.classroom.timetable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Timetable pages: a class's week (with the form that sets a cell, for its editors), the card on the class space,
 * a teacher's own week, and a school's page with its bell schedule and the import.
 */
@Controller
class TimetableController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Timetables timetables;
    private final TimetableTemplate template;

    TimetableController(Timetables timetables, TimetableTemplate template) {
        this.timetables = timetables;
        this.template = template;
    }

    /** What the cell form sends: an empty subject clears the cell. */
    record LessonForm(Long term, Integer day, Integer period, String subject, Long teacherId) {
    }

    @GetMapping("/timetable/classes/{id}")
    String ofClass(@PathVariable long id, @RequestParam(required = false) Long term, Actor me, Model model) {
        return classPage(model, me, timetables.ofClass(me, id, term), id, null, null);
    }

    @GetMapping("/timetable/classes/{id}/card")
    String card(@PathVariable long id, Actor me, Model model) {
        model.addAttribute("classId", id);
        model.addAttribute("view", timetables.card(me, id).orElse(null));
        return "classroom/timetable-card";
    }

    @PostMapping("/timetable/classes/{id}/lessons")
    String setLesson(@PathVariable long id, @ModelAttribute LessonForm form, Actor me, Model model) {
        try {
            if (form == null || form.term() == null || form.day() == null || form.period() == null) {
                throw DomainException.invalid("classroom.timetable.cell.required");
            }
            if (form.subject() == null || form.subject().isBlank()) {
                timetables.clearLesson(me, id, form.term(), form.day(), form.period());
            } else {
                timetables.setLesson(me, id, form.term(), form.day(), form.period(), form.subject(), form.teacherId());
            }
        } catch (DomainException e) {
            if (e.status().value() != 400 && e.status().value() != 409) {
                throw e;
            }
            return classPage(model, me, timetables.ofClass(me, id, null), id, form, e);
        }
        return "redirect:/timetable/classes/" + id + "?term=" + form.term();
    }

    @GetMapping("/timetable/mine")
    String mine(@RequestParam(required = false) Long term, Actor me, Model model) {
        model.addAttribute("view", timetables.mine(me, term));
        model.addAttribute("mine", true);
        return "classroom/timetable";
    }

    @GetMapping("/timetable/schools/{id}")
    String school(@PathVariable long id, @RequestParam(required = false) Long term, Actor me, Model model) {
        return schoolPage(model, timetables.school(me, id, term));
    }

    @PostMapping("/timetable/schools/{id}/schedule")
    String schedule(@PathVariable long id, @RequestParam(defaultValue = "0") int daysPerWeek,
                    @RequestParam(defaultValue = "") String periods, Actor me, Model model) {
        try {
            timetables.setSchedule(me, id, daysPerWeek, BellSchedule.parseLines(periods));
        } catch (DomainException e) {
            if (e.status().value() != 400 && e.status().value() != 409) {
                throw e;
            }
            model.addAttribute("scheduleError", e);
            model.addAttribute("typedPeriods", periods);
            return schoolPage(model, timetables.school(me, id, null));
        }
        return "redirect:/timetable/schools/" + id;
    }

    @PostMapping("/timetable/schools/{id}/import")
    String importFile(@PathVariable long id, @RequestParam(required = false) Long term,
                      @RequestParam(required = false) MultipartFile file, Actor me, Model model) throws IOException {
        try {
            if (term == null) {
                throw DomainException.invalid("classroom.timetable.term.unknown");
            }
            if (file == null || file.isEmpty()) {
                throw DomainException.invalid("classroom.timetable.import.noFile");
            }
            try (InputStream in = file.getInputStream()) {
                model.addAttribute("report", timetables.importLessons(me, id, term, in));
            }
        } catch (DomainException e) {
            if (e.status().value() != 400 && e.status().value() != 409) {
                throw e;
            }
            model.addAttribute("importError", e);
        }
        return schoolPage(model, timetables.school(me, id, term));
    }

    /** The empty import file with its help sheet, in the reader's language; for those signed in. */
    @GetMapping("/timetable/template")
    ResponseEntity<byte[]> template(Actor me, Locale locale) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("课程表模板.xlsx", StandardCharsets.UTF_8).build().toString())
                .body(template.xlsx(locale));
    }

    private String classPage(Model model, Actor me, TimetableView view, long classId, LessonForm typed,
                             DomainException error) {
        model.addAttribute("view", view);
        model.addAttribute("classId", classId);
        if (view.editable()) {
            model.addAttribute("choices", timetables.choices(me, classId));
        }
        model.addAttribute("typed", typed);
        model.addAttribute("lessonError", error);
        return "classroom/timetable";
    }

    private static String schoolPage(Model model, SchoolTimetables school) {
        model.addAttribute("school", school);
        return "classroom/timetable-school";
    }
}
