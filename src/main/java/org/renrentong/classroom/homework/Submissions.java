package org.renrentong.classroom.homework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.renrentong.storage.FileBytes;
import org.renrentong.storage.ServerUploads;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

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
    private final TransactionTemplate tx;
    private final AuditLog audit;

    Submissions(HomeworkReader reader, SubmissionRepository submissions, HomeworkPolicy policy,
                HomeworkSettings settings, ServerUploads uploads, TransactionTemplate tx,
                AuditLog audit) {
        this.reader = reader;
        this.submissions = submissions;
        this.policy = policy;
        this.settings = settings;
        this.uploads = uploads;
        this.tx = tx;
        this.audit = audit;
    }

    /**
     * Hands in (or again) the actor's work; the new version's number. What the files are is told once from their
     * bytes, before any transaction; they are stored as kept files in the one transaction that records the work, so
     * a refusal or failure there leaves nothing behind.
     */
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
        List<FileBytes> contents = new ArrayList<>();
        for (HomeworkFile file : given) {
            FileBytes bytes = uploads.read(file.name(),
                    Homeworks.readWithin(file, settings.maxFileSize().toBytes()));
            if (!WorkTypes.allowed(bytes.mediaType())) {
                throw DomainException.invalid("homework.file.type", file.name());
            }
            contents.add(bytes.named(WorkTypes.named(file.name(), bytes.mediaType())));
        }
        requireOpen(submissions.findOf(homeworkId, actor.personId()));
        return tx.execute(status -> record(actor, h, classId, body, now, late, contents));
    }

    private int record(Actor actor, Homework h, long classId, String body, Instant now, boolean late,
                       List<FileBytes> contents) {
        // a double tap sends two at once: the second waits for the first and becomes the next version
        Optional<SubmissionRepository.Row> existing = submissions.lockOf(h.id(), actor.personId());
        Optional<Long> first = Optional.empty();
        if (existing.isEmpty()) {
            first = submissions.insertFirst(h.id(), actor.personId(), classId, now, late);
            if (first.isEmpty()) {
                existing = submissions.lockOf(h.id(), actor.personId());
            }
        }
        requireOpen(existing);
        long id;
        int version;
        if (first.isPresent()) {
            id = first.get();
            version = 1;
        } else {
            id = existing.orElseThrow().id();
            version = existing.get().version() + 1;
            submissions.resubmitted(id, version, now, late);
        }
        submissions.insertVersion(id, version, body, now, late);
        submissions.insertFiles(id, version, uploads.keep(actor, contents));
        audit.record(actor.audited("HOMEWORK_SUBMITTED", "homework_submission", id, h.regionPath(), h.schoolId(),
                h.title(), version, late ? 1 : 0));
        return version;
    }

    /** Graded work is final. */
    private static void requireOpen(Optional<SubmissionRepository.Row> work) {
        if (work.isPresent() && work.get().status() == SubmissionStatus.GRADED) {
            throw DomainException.conflict("homework.submit.graded");
        }
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
