package org.renrentong.classroom.homework;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.renrentong.audit.AuditLog;
import org.renrentong.classroom.HomeworkEvents;
import org.renrentong.identity.Actor;
import org.renrentong.resource.Resources;
import org.renrentong.shared.DomainException;
import org.renrentong.storage.ServerUploads;
import org.renrentong.storage.StoredFile;
import org.renrentong.storage.StoredFiles;
import org.renrentong.taxonomy.CodeName;
import org.renrentong.taxonomy.TextbookTree;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assigning homework, changing it before anyone handed it in, and withdrawing it. */
@Service
public class Homeworks {

    static final int MAX_TITLE = 200;
    static final int MAX_INSTRUCTIONS = 10_000;

    private final HomeworkRepository homework;
    private final SubmissionRepository submissions;
    private final HomeworkReader reader;
    private final HomeworkPolicy policy;
    private final HomeworkSettings settings;
    private final Resources resources;
    private final TextbookTree tree;
    private final ServerUploads uploads;
    private final StoredFiles storedFiles;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    Homeworks(HomeworkRepository homework, SubmissionRepository submissions, HomeworkReader reader,
              HomeworkPolicy policy, HomeworkSettings settings, Resources resources, TextbookTree tree,
              ServerUploads uploads, StoredFiles storedFiles, ApplicationEventPublisher events, AuditLog audit) {
        this.homework = homework;
        this.submissions = submissions;
        this.reader = reader;
        this.policy = policy;
        this.settings = settings;
        this.resources = resources;
        this.tree = tree;
        this.uploads = uploads;
        this.storedFiles = storedFiles;
        this.events = events;
        this.audit = audit;
    }

    /** A homework the actor may read. */
    public Homework get(Actor actor, long id) {
        Homework h = reader.get(id);
        policy.requireReading(actor, h);
        return h;
    }

    @Transactional
    public Homework assign(Actor actor, HomeworkForm form, List<HomeworkFile> attachments) {
        form.classIds().forEach(c -> policy.requireTeaches(actor, c, form.subjectCode()));
        List<long[]> chosen = check(actor, form);
        List<HomeworkFile> files = present(attachments);
        if (files.size() > settings.maxFiles()) {
            throw DomainException.invalid("homework.files.tooMany", settings.maxFiles());
        }
        String[] place = homework.placeOfClass(form.classIds().get(0)).orElseThrow();
        long id = homework.insert(actor.personId(), Long.parseLong(place[0]), place[1], form);
        homework.assignTo(id, form.classIds(), chosen);
        homework.replaceResources(id, form.resourceIds());
        for (HomeworkFile file : files) {
            StoredFile stored = storedFiles.claim(actor, uploads.upload(actor, file.name(), read(file)));
            homework.attach(id, stored.id(), stored.name(), stored.mediaType());
        }
        homework.planReminders(id, form.dueAt(), settings.reminderMinutes());
        Homework h = reader.get(id);
        events.publishEvent(new HomeworkEvents.Assigned(id, h.title(), h.dueAt(), homework.students(id)));
        audit.record(actor.audited("HOMEWORK_ASSIGNED", "homework", id, h.regionPath(), h.schoolId(), h.title(),
                h.classes().size()));
        return h;
    }

    /** Changes what was assigned, while nobody has handed it in. */
    @Transactional
    public Homework update(Actor actor, long id, HomeworkForm form) {
        Homework before = reader.get(id);
        policy.requireOwner(actor, before);
        form.classIds().forEach(c -> policy.requireTeaches(actor, c, form.subjectCode()));
        if (before.withdrawn() || submissions.anyOf(id)) {
            throw DomainException.conflict("homework.locked");
        }
        List<long[]> chosen = check(actor, form);
        homework.update(id, form);
        homework.assignTo(id, form.classIds(), chosen);
        homework.replaceResources(id, form.resourceIds());
        homework.planReminders(id, form.dueAt(), settings.reminderMinutes());
        Homework h = reader.get(id);
        audit.record(actor.audited("HOMEWORK_UPDATED", "homework", id, h.regionPath(), h.schoolId(), h.title()));
        return h;
    }

    /** Takes it back, while nobody has handed it in; it no longer shows to students. */
    @Transactional
    public void withdraw(Actor actor, long id) {
        Homework h = reader.get(id);
        policy.requireOwner(actor, h);
        if (h.withdrawn() || submissions.anyOf(id)) {
            throw DomainException.conflict("homework.locked");
        }
        homework.withdraw(id);
        audit.record(actor.audited("HOMEWORK_WITHDRAWN", "homework", id, h.regionPath(), h.schoolId(), h.title()));
    }

    /** Checks the form; the chosen students as (class, student) pairs. */
    private List<long[]> check(Actor actor, HomeworkForm form) {
        String title = form.title() == null ? "" : form.title();
        if (title.isEmpty()) {
            throw DomainException.invalid("homework.title.required");
        }
        if (title.length() > MAX_TITLE) {
            throw DomainException.invalid("homework.title.tooLong", MAX_TITLE);
        }
        if (form.instructions().length() > MAX_INSTRUCTIONS) {
            throw DomainException.invalid("homework.instructions.tooLong", MAX_INSTRUCTIONS);
        }
        if (form.subjectCode() != null && tree.currentSubjects().stream().map(CodeName::code).noneMatch(form.subjectCode()::equals)) {
            throw DomainException.invalid("homework.subjectCode.unknown");
        }
        if (form.dueAt() == null) {
            throw DomainException.invalid("homework.dueAt.required");
        }
        if (!form.dueAt().isAfter(Instant.now())) {
            throw DomainException.invalid("homework.dueAt.past");
        }
        if (form.maxScore() != null && (form.maxScore() < 1 || form.maxScore() > 1000)) {
            throw DomainException.invalid("homework.maxScore.range", 1, 1000);
        }
        if (form.classIds().isEmpty()) {
            throw DomainException.invalid("homework.classIds.required");
        }
        List<long[]> chosen = new ArrayList<>();
        for (long student : form.studentIds()) {
            long classId = form.classIds().stream().filter(c -> homework.studentsOfClass(c).contains(student))
                    .findFirst().orElseThrow(() -> DomainException.invalid("homework.studentIds.notInClass"));
            chosen.add(new long[] {classId, student});
        }
        for (long resource : form.resourceIds()) {
            if (!readable(actor, resource)) {
                throw DomainException.invalid("homework.resourceIds.unreadable", resource);
            }
        }
        return chosen;
    }

    private boolean readable(Actor actor, long resourceId) {
        try {
            return resources.mayRead(actor, resourceId);
        } catch (DomainException e) {
            return false;
        }
    }

    static List<HomeworkFile> present(List<HomeworkFile> files) {
        return files == null ? List.of() : files.stream().filter(f -> f != null && f.size() > 0).toList();
    }

    /** The bytes of a file within the homework limit. */
    byte[] read(HomeworkFile file) {
        return readWithin(file, settings.maxFileSize().toBytes());
    }

    static byte[] readWithin(HomeworkFile file, long max) {
        if (file.size() > max) {
            throw new DomainException(HttpStatus.PAYLOAD_TOO_LARGE, "homework.file.tooLarge", file.name(), max >> 20);
        }
        try (InputStream in = file.content().getInputStream()) {
            byte[] bytes = in.readNBytes((int) max + 1);
            if (bytes.length > max) {
                throw new DomainException(HttpStatus.PAYLOAD_TOO_LARGE, "homework.file.tooLarge", file.name(),
                        max >> 20);
            }
            return bytes;
        } catch (IOException e) {
            throw DomainException.invalid("homework.file.unreadable", file.name());
        }
    }
}
