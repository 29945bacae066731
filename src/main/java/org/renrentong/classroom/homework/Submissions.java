package org.renrentong.classroom.homework;

import java.time.Instant;
import java.util.List;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.renrentong.storage.ServerUploads;
import org.renrentong.storage.StoredFile;
import org.renrentong.storage.StoredFiles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handing in homework: text, photos, files or recordings, again and again until it is graded (every version is kept).
 * After the due time it is refused, unless the teacher accepts late work, and then marked late.
 */
@Service
public class Submissions {

    static final int MAX_TEXT = 10_000;

    private final HomeworkReader reader;
    private final SubmissionRepository submissions;
    private final HomeworkPolicy policy;
    private final HomeworkSettings settings;
    private final ServerUploads uploads;
    private final StoredFiles storedFiles;
    private final AuditLog audit;

    Submissions(HomeworkReader reader, SubmissionRepository submissions, HomeworkPolicy policy,
                HomeworkSettings settings, ServerUploads uploads, StoredFiles storedFiles, AuditLog audit) {
        this.reader = reader;
        this.submissions = submissions;
        this.policy = policy;
        this.settings = settings;
        this.uploads = uploads;
        this.storedFiles = storedFiles;
        this.audit = audit;
    }

    /** Hands in (or again) the actor's work; the new version's number. */
    @Transactional
    public int submit(Actor actor, long homeworkId, String text, List<HomeworkFile> files) {
        Homework h = reader.get(homeworkId);
        long classId = policy.requireSubmitting(actor, h);
        Instant now = Instant.now();
        boolean late = h.overdue(now);
        if (late && !h.lateAccepted()) {
            throw DomainException.invalid("homework.submit.closed");
        }
        String body = plainText(text);
        List<HomeworkFile> given = Homeworks.present(files);
        if (body.isEmpty() && given.isEmpty()) {
            throw DomainException.invalid("homework.submit.empty");
        }
        if (body.length() > MAX_TEXT) {
            throw DomainException.invalid("homework.submit.tooLong", MAX_TEXT);
        }
        if (given.size() > settings.maxFiles()) {
            throw DomainException.invalid("homework.files.tooMany", settings.maxFiles());
        }
        List<byte[]> contents = given.stream()
                .map(f -> Homeworks.readWithin(f, settings.maxFileSize().toBytes())).toList();
        for (int i = 0; i < given.size(); i++) {
            if (!WorkTypes.allowed(WorkTypes.detect(contents.get(i), given.get(i).name()))) {
                throw DomainException.invalid("homework.file.type", given.get(i).name());
            }
        }
        var existing = submissions.lockOf(homeworkId, actor.personId());
        if (existing.isPresent() && existing.get().status() == SubmissionStatus.GRADED) {
            throw DomainException.conflict("homework.submit.graded");
        }
        long id;
        int version;
        if (existing.isEmpty()) {
            id = submissions.insert(homeworkId, actor.personId(), classId, now, late);
            version = 1;
        } else {
            id = existing.get().id();
            version = existing.get().version() + 1;
            submissions.resubmitted(id, version, now, late);
        }
        submissions.insertVersion(id, version, body, now, late);
        for (int i = 0; i < given.size(); i++) {
            StoredFile stored = storedFiles.claim(actor, uploads.upload(actor, given.get(i).name(), contents.get(i)));
            submissions.insertFile(id, version, FileKind.of(stored.mediaType()), stored.id(), stored.name(),
                    stored.mediaType());
        }
        audit.record(actor.audited("HOMEWORK_SUBMITTED", "homework_submission", id, h.regionPath(), h.schoolId(),
                h.title(), version, late ? 1 : 0));
        return version;
    }

    /** Plain text only: line breaks kept as \n, control characters (which PostgreSQL may refuse) dropped. */
    static String plainText(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "").strip();
    }
}
