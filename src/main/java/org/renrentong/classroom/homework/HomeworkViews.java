package org.renrentong.classroom.homework;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Role;
import org.renrentong.resource.Resources;
import org.renrentong.taxonomy.TextbookTree;
import org.renrentong.shared.DomainException;
import org.renrentong.storage.StoredFile;
import org.renrentong.storage.StoredFiles;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;

/** What people read of homework: their lists, a class's overview, a student's work, and the files. */
@Service
public class HomeworkViews {

    /** A stored file with its content, for the response. */
    public record Content(StoredFile file, Resource content) {
    }

    private final HomeworkReader reader;
    private final HomeworkRepository homework;
    private final SubmissionRepository submissions;
    private final ListRepository lists;
    private final HomeworkPolicy policy;
    private final StoredFiles storedFiles;
    private final ChoicesRepository choices;
    private final Resources resources;
    private final TextbookTree tree;

    HomeworkViews(HomeworkReader reader, HomeworkRepository homework, SubmissionRepository submissions,
                  ListRepository lists, HomeworkPolicy policy, StoredFiles storedFiles, ChoicesRepository choices,
                  Resources resources, TextbookTree tree) {
        this.choices = choices;
        this.resources = resources;
        this.tree = tree;
        this.reader = reader;
        this.homework = homework;
        this.submissions = submissions;
        this.lists = lists;
        this.policy = policy;
        this.storedFiles = storedFiles;
    }

    /** A teacher's homework (with counts) or a student's (with where their work stands). */
    public List<HomeworkItem> mine(Actor actor) {
        if (actor.is(Role.TEACHER)) {
            return lists.ofTeacher(actor.personId());
        }
        if (actor.is(Role.STUDENT)) {
            return lists.ofStudent(actor.personId());
        }
        throw DomainException.forbidden();
    }

    /** How many homework a class space's card shows. */
    static final int CARD_ITEMS = 5;

    /**
     * The homework card of a class space: for its teachers (and administrators) the class's homework, for a student
     * their own in the class, for a guardian their children's; nothing for anyone else.
     */
    public ClassCard classCard(Actor actor, long classId) {
        Optional<String[]> place = homework.placeOfClass(classId);
        if (place.isEmpty()) {
            return new ClassCard(classId, false, List.of());
        }
        if (actor.canTeachClass(classId, Long.parseLong(place.get()[0]), place.get()[1])) {
            return new ClassCard(classId, true, lists.ofClassHomework(classId, CARD_ITEMS));
        }
        if (actor.is(Role.STUDENT) && actor.classIds().contains(classId)) {
            return new ClassCard(classId, false,
                    lists.ofStudent(actor.personId(), classId).stream().limit(CARD_ITEMS).toList());
        }
        if (actor.is(Role.GUARDIAN)) {
            return new ClassCard(classId, false, actor.childIds().stream()
                    .flatMap(c -> lists.ofStudent(c, classId).stream()).limit(CARD_ITEMS).toList());
        }
        return new ClassCard(classId, false, List.of());
    }

    /** What a teacher assigns from: the classes they teach, the subjects, their own resources. */
    public FormChoices choices(Actor actor) {
        if (!actor.is(Role.TEACHER)) {
            throw DomainException.forbidden();
        }
        return new FormChoices(choices.classes(actor.classIds()), tree.currentSubjects(),
                resources.mine(actor).stream().filter(r -> resources.mayRead(actor, r.id()))
                        .map(r -> new FormChoices.ResourceChoice(r.id(), r.title())).toList());
    }

    /** The homework's library resources that the reader may open, with their titles. */
    public List<FormChoices.ResourceChoice> resources(Actor actor, Homework h) {
        return h.resourceIds().stream().filter(id -> readable(actor, id))
                .map(id -> new FormChoices.ResourceChoice(id, resources.get(actor, id).title())).toList();
    }

    private boolean readable(Actor actor, long resourceId) {
        try {
            return resources.mayRead(actor, resourceId);
        } catch (DomainException e) {
            return false;
        }
    }

    /** Each of a guardian's children with their homework. */
    public List<ChildHomework> children(Actor actor) {
        if (!actor.is(Role.GUARDIAN)) {
            throw DomainException.forbidden();
        }
        return actor.childIds().stream().sorted()
                .map(c -> new ChildHomework(c, homework.nameOf(c), lists.ofStudent(c)))
                .sorted(Comparator.comparing(ChildHomework::name)).toList();
    }

    /** Whether the actor reads the homework as one of its teachers. */
    public boolean teaches(Actor actor, Homework h) {
        return policy.teacherView(actor, h);
    }

    /** The classes of the homework whose work the actor may see as a teacher. */
    public List<Homework.AssignedClass> taughtClasses(Actor actor, Homework h) {
        return h.classes().stream().filter(c -> policy.teacherViewOf(actor, h, c.classId())).toList();
    }

    public ClassOverview overview(Actor actor, long homeworkId, long classId) {
        Homework h = reader.get(homeworkId);
        policy.requireTeacherView(actor, h, classId);
        String name = h.classes().stream().filter(c -> c.classId() == classId).findFirst().orElseThrow().name();
        return new ClassOverview(homeworkId, classId, name, lists.ofClass(homeworkId, classId));
    }

    /** A student's own work on the homework, if they handed any in; only a student has any. */
    public Optional<SubmissionView> own(Actor actor, long homeworkId) {
        if (!actor.is(Role.STUDENT)) {
            throw DomainException.forbidden();
        }
        return submissions.findOf(homeworkId, actor.personId()).map(r -> view(reader.get(homeworkId), r));
    }

    /** A child's work on the homework, for their guardian. */
    public Optional<SubmissionView> ofChild(Actor actor, long homeworkId, long childId) {
        if (!actor.isGuardianOf(childId)) {
            throw DomainException.forbidden();
        }
        Homework h = reader.get(homeworkId);
        return submissions.findOf(homeworkId, childId).map(r -> view(h, r));
    }

    public SubmissionView submission(Actor actor, long submissionId) {
        SubmissionRepository.Row work = submissions.find(submissionId)
                .orElseThrow(() -> DomainException.notFound("homework.submission.unknown"));
        Homework h = reader.get(work.homeworkId());
        policy.requireReadingWork(actor, h, work);
        return view(h, work);
    }

    /** The work a teacher showed to the class as excellent. */
    public List<SubmissionView> excellent(Actor actor, long homeworkId, long classId) {
        Homework h = reader.get(homeworkId);
        policy.requireClassMember(actor, h, classId);
        return submissions.excellent(homeworkId, classId).stream().map(r -> view(h, r)).toList();
    }

    /** An attachment of the homework, for its readers. */
    public Content attachment(Actor actor, long homeworkId, long fileId) {
        Homework h = reader.get(homeworkId);
        policy.requireReading(actor, h);
        h.attachments().stream().filter(a -> a.fileId() == fileId).findFirst()
                .orElseThrow(() -> DomainException.notFound("file.unknown"));
        return content(fileId);
    }

    /** A file of a student's work (or a teacher's drawing on it), for those who may read the work. */
    public Content workFile(Actor actor, long submissionId, long fileId) {
        SubmissionView work = submission(actor, submissionId);
        boolean part = work.versions().stream().flatMap(v -> v.files().stream())
                .anyMatch(f -> f.fileId() == fileId || Long.valueOf(fileId).equals(f.annotationFileId()));
        if (!part) {
            throw DomainException.notFound("file.unknown");
        }
        return content(fileId);
    }

    private Content content(long fileId) {
        StoredFile file = storedFiles.file(fileId).orElseThrow(() -> DomainException.notFound("file.unknown"));
        return new Content(file, storedFiles.content(file));
    }

    private SubmissionView view(Homework h, SubmissionRepository.Row r) {
        return new SubmissionView(r.id(), h.id(), h.title(), h.maxScore(), r.studentId(), r.studentName(),
                r.classId(), r.status(), r.late(), r.score(), r.level(), r.comment(), r.gradedAt(), r.excellent(),
                submissions.versions(r.id()));
    }
}
