package org.renrentong.classroom.homework;

import java.time.Instant;
import org.renrentong.audit.AuditLog;
import org.renrentong.classroom.HomeworkEvents;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.renrentong.storage.ServerUploads;
import org.renrentong.storage.StoredFile;
import org.renrentong.storage.StoredFiles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A teacher's work on what students handed in: a score or a level with a comment, a drawing on a photo, a return
 * for correction, and showing excellent work to the class. Only a teacher of the student's class does it.
 */
@Service
public class Grading {

    static final int MAX_COMMENT = 2000;
    /** A drawing on a photo is a PNG the browser made from a canvas of at most 1,600 px a side. */
    static final long MAX_ANNOTATION = 8L * 1024 * 1024;

    private final HomeworkReader reader;
    private final SubmissionRepository submissions;
    private final HomeworkRepository homework;
    private final HomeworkPolicy policy;
    private final ServerUploads uploads;
    private final StoredFiles storedFiles;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    Grading(HomeworkReader reader, SubmissionRepository submissions, HomeworkRepository homework,
            HomeworkPolicy policy, ServerUploads uploads, StoredFiles storedFiles, ApplicationEventPublisher events,
            AuditLog audit) {
        this.reader = reader;
        this.submissions = submissions;
        this.homework = homework;
        this.policy = policy;
        this.uploads = uploads;
        this.storedFiles = storedFiles;
        this.events = events;
        this.audit = audit;
    }

    /** Grades with a score (homework with a maximum score) or a level, and a comment. */
    @Transactional
    public void grade(Actor actor, long submissionId, Integer score, Level level, String comment) {
        SubmissionRepository.Row work = locked(submissionId);
        Homework h = reader.get(work.homeworkId());
        policy.requireGrading(actor, h, work.classId());
        if (h.scored()) {
            if (score == null || score < 0 || score > h.maxScore()) {
                throw DomainException.invalid("homework.score.range", h.maxScore());
            }
            level = null;
        } else {
            if (level == null) {
                throw DomainException.invalid("homework.level.required");
            }
            score = null;
        }
        submissions.grade(submissionId, score, level, comment(comment), actor.personId());
        events.publishEvent(new HomeworkEvents.Graded(h.id(), h.title(), submissionId, work.studentId(),
                work.studentName(), homework.guardiansOf(work.studentId()), Instant.now()));
        audit.record(actor.audited("HOMEWORK_GRADED", "homework_submission", submissionId, h.regionPath(),
                h.schoolId(), h.title(), work.studentName()));
    }

    /** Returns the work for correction: the student may hand it in again. */
    @Transactional
    public void returnForCorrection(Actor actor, long submissionId, String comment) {
        SubmissionRepository.Row work = locked(submissionId);
        Homework h = reader.get(work.homeworkId());
        policy.requireGrading(actor, h, work.classId());
        String text = comment(comment);
        if (text.isEmpty()) {
            throw DomainException.invalid("homework.comment.required");
        }
        submissions.returned(submissionId, text, actor.personId());
        events.publishEvent(new HomeworkEvents.Returned(h.id(), h.title(), submissionId, work.studentId(),
                Instant.now()));
        audit.record(actor.audited("HOMEWORK_RETURNED", "homework_submission", submissionId, h.regionPath(),
                h.schoolId(), h.title(), work.studentName()));
    }

    /** Shows the work to the class as excellent, or no longer. */
    @Transactional
    public void markExcellent(Actor actor, long submissionId, boolean excellent) {
        SubmissionRepository.Row work = locked(submissionId);
        Homework h = reader.get(work.homeworkId());
        policy.requireGrading(actor, h, work.classId());
        submissions.excellent(submissionId, excellent);
        audit.record(actor.audited(excellent ? "HOMEWORK_SHOWN" : "HOMEWORK_HIDDEN", "homework_submission",
                submissionId, h.regionPath(), h.schoolId(), h.title(), work.studentName()));
    }

    /** Keeps the teacher's drawing on a photo as a new image beside the original (a drawing again replaces it). */
    @Transactional
    public void annotate(Actor actor, long submissionId, long fileId, HomeworkFile drawing) {
        SubmissionRepository.Row work = locked(submissionId);
        Homework h = reader.get(work.homeworkId());
        policy.requireGrading(actor, h, work.classId());
        SubmissionView.File photo = submissions.file(submissionId, fileId)
                .filter(f -> f.kind() == FileKind.PHOTO)
                .orElseThrow(() -> DomainException.notFound("homework.photo.unknown"));
        if (drawing == null || drawing.size() <= 0) {
            throw DomainException.invalid("homework.annotation.required");
        }
        byte[] bytes = Homeworks.readWithin(drawing, MAX_ANNOTATION);
        if (!WorkTypes.detect(bytes, "annotation.png").startsWith("image/")) {
            throw DomainException.invalid("homework.annotation.type");
        }
        StoredFile stored = storedFiles.claim(actor, uploads.upload(actor, "annotation-" + fileId + ".png", bytes));
        submissions.annotate(fileId, stored.id());
        audit.record(actor.audited("HOMEWORK_ANNOTATED", "homework_submission", submissionId, h.regionPath(),
                h.schoolId(), h.title(), work.studentName(), photo.name()));
    }

    private SubmissionRepository.Row locked(long submissionId) {
        return submissions.lock(submissionId).orElseThrow(() -> DomainException.notFound("homework.submission.unknown"));
    }

    private static String comment(String comment) {
        String text = Submissions.plainText(comment);
        if (text.length() > MAX_COMMENT) {
            throw DomainException.invalid("homework.comment.tooLong", MAX_COMMENT);
        }
        return text;
    }
}
