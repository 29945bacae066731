package org.renrentong.classroom.homework;

import java.util.List;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Homework as JSON: assigning (attachments come from the page), handing in (multipart, like the page), the
 * teacher's views and grading, a student's and a guardian's lists.
 */
@RestController
@RequestMapping("/api/v1/homework")
class HomeworkApi {

    private final Homeworks homeworks;
    private final Submissions submissions;
    private final Grading grading;
    private final HomeworkViews views;

    HomeworkApi(Homeworks homeworks, Submissions submissions, Grading grading, HomeworkViews views) {
        this.homeworks = homeworks;
        this.submissions = submissions;
        this.grading = grading;
        this.views = views;
    }

    record Handed(int version) {
    }

    record Grade(Integer score, Level level, String comment) {
    }

    record Comment(String comment) {
    }

    record Shown(boolean excellent) {
    }

    /** A teacher's homework, or a student's with where their work stands. */
    @GetMapping
    List<HomeworkItem> mine(Actor me) {
        return views.mine(me);
    }

    /** A guardian's children with their homework. */
    @GetMapping("/children")
    List<ChildHomework> children(Actor me) {
        return views.children(me);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Homework assign(Actor me, @RequestBody HomeworkForm form) {
        return homeworks.assign(me, form, List.of());
    }

    @GetMapping("/{id}")
    Homework get(@PathVariable long id, Actor me) {
        return homeworks.get(me, id);
    }

    @PutMapping("/{id}")
    Homework update(@PathVariable long id, Actor me, @RequestBody HomeworkForm form) {
        return homeworks.update(me, id, form);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withdraw(@PathVariable long id, Actor me) {
        homeworks.withdraw(me, id);
    }

    @PostMapping(path = "/{id}/submissions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Handed submit(@PathVariable long id, Actor me, @RequestParam(required = false) String text,
                  @RequestParam(name = "files", required = false) List<MultipartFile> files) {
        return new Handed(submissions.submit(me, id, text, HomeworkController.files(files)));
    }

    /** The student's own work on it. */
    @GetMapping("/{id}/submission")
    SubmissionView own(@PathVariable long id, Actor me) {
        homeworks.get(me, id);
        return views.own(me, id).orElseThrow(() -> DomainException.notFound("homework.submission.unknown"));
    }

    @GetMapping("/{id}/classes/{classId}")
    ClassOverview overview(@PathVariable long id, @PathVariable long classId, Actor me) {
        return views.overview(me, id, classId);
    }

    @GetMapping("/{id}/classes/{classId}/excellent")
    List<SubmissionView> excellent(@PathVariable long id, @PathVariable long classId, Actor me) {
        return views.excellent(me, id, classId);
    }

    @GetMapping("/submissions/{submissionId}")
    SubmissionView submission(@PathVariable long submissionId, Actor me) {
        return views.submission(me, submissionId);
    }

    @PostMapping("/submissions/{submissionId}/grade")
    SubmissionView grade(@PathVariable long submissionId, Actor me, @RequestBody Grade grade) {
        grading.grade(me, submissionId, grade.score(), grade.level(), grade.comment());
        return views.submission(me, submissionId);
    }

    @PostMapping("/submissions/{submissionId}/return")
    SubmissionView returnForCorrection(@PathVariable long submissionId, Actor me, @RequestBody Comment comment) {
        grading.returnForCorrection(me, submissionId, comment.comment());
        return views.submission(me, submissionId);
    }

    @PutMapping("/submissions/{submissionId}/excellent")
    SubmissionView excellent(@PathVariable long submissionId, Actor me, @RequestBody Shown shown) {
        grading.markExcellent(me, submissionId, shown.excellent());
        return views.submission(me, submissionId);
    }
}
