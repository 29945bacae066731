package org.renrentong.classroom.homework;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.time.Instant;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Role;
import org.renrentong.shared.DomainException;
import org.renrentong.storage.FileResponses;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * A homework's page, which shows each reader their part: its teachers the classes' work, a student their own work
 * and the form to hand it in, a guardian their children's work; its files, a class's overview and export, and the
 * work shown to the class as excellent.
 */
@Controller
class HomeworkDetailController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Homeworks homeworks;
    private final Submissions submissions;
    private final HomeworkViews views;
    private final HomeworkExport export;
    private final HomeworkSettings settings;

    HomeworkDetailController(Homeworks homeworks, Submissions submissions, HomeworkViews views,
                             HomeworkExport export, HomeworkSettings settings) {
        this.homeworks = homeworks;
        this.submissions = submissions;
        this.views = views;
        this.export = export;
        this.settings = settings;
    }

    @GetMapping("/homework/{id}")
    String detail(@PathVariable long id, Actor me, Model model) {
        return page(me, homeworks.get(me, id), model, null, null);
    }

    @PostMapping("/homework/{id}/submit")
    String submit(@PathVariable long id, Actor me, @RequestParam(required = false) String text,
                  @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
                  @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model) {
        Homework h = homeworks.get(me, id);
        try {
            List<HomeworkFile> all = new ArrayList<>(HomeworkController.files(photos));
            all.addAll(HomeworkController.files(files));
            submissions.submit(me, id, text, all);
        } catch (DomainException e) {
            if (e.status() == HttpStatus.FORBIDDEN || e.status() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            return page(me, h, model, e, text);
        }
        return "redirect:/homework/" + id + "?submitted";
    }

    @GetMapping("/homework/{id}/attachments/{fileId}")
    ResponseEntity<Resource> attachment(@PathVariable long id, @PathVariable long fileId, Actor me) {
        HomeworkViews.Content c = views.attachment(me, id, fileId);
        return FileResponses.inline(c.file(), c.content());
    }

    @GetMapping("/homework/{id}/classes/{classId}")
    String overview(@PathVariable long id, @PathVariable long classId, Actor me, Model model) {
        model.addAttribute("homework", homeworks.get(me, id));
        model.addAttribute("overview", views.overview(me, id, classId));
        return "homework/class";
    }

    @GetMapping("/homework/{id}/classes/{classId}.xlsx")
    void xlsx(@PathVariable long id, @PathVariable long classId, Actor me, HttpServletResponse response,
              Locale locale) throws IOException {
        ClassOverview overview = export.prepare(me, id, classId);
        String name = overview.className() + "-" + id + ".xlsx";
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"homework-" + id + ".xlsx\"; "
                + "filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        export.write(me, overview, response.getOutputStream(), locale);
    }

    @GetMapping("/homework/{id}/classes/{classId}/excellent")
    String excellent(@PathVariable long id, @PathVariable long classId, Actor me, Model model) {
        model.addAttribute("work", views.excellent(me, id, classId));
        model.addAttribute("homework", homeworks.get(me, id));
        return "homework/excellent";
    }

    private String page(Actor me, Homework h, Model model, DomainException refused, String text) {
        model.addAttribute("homework", h);
        model.addAttribute("resources", views.resources(me, h));
        boolean teaches = views.teaches(me, h);
        model.addAttribute("teaches", teaches);
        if (teaches) {
            model.addAttribute("classes", views.taughtClasses(me, h));
        }
        if (me.is(Role.STUDENT)) {
            model.addAttribute("own", views.own(me, h.id()).orElse(null));
            model.addAttribute("maxFiles", settings.maxFiles());
            model.addAttribute("maxMegabytes", settings.maxFileSize().toMegabytes());
        }
        if (me.is(Role.GUARDIAN)) {
            model.addAttribute("children", views.children(me).stream()
                    .filter(c -> c.items().stream().anyMatch(i -> i.id() == h.id()))
                    .map(c -> new ChildWork(c.name(), views.ofChild(me, h.id(), c.childId()).orElse(null)))
                    .toList());
        }
        model.addAttribute("refused", refused);
        model.addAttribute("text", text);
        model.addAttribute("now", Instant.now());
        return "homework/detail";
    }

    /** A guardian's child and their work on the homework (null when not handed in). */
    record ChildWork(String name, SubmissionView work) {
    }
}
