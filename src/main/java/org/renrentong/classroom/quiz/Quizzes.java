package org.renrentong.classroom.quiz;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Role;
import org.renrentong.org.School;
import org.renrentong.org.Schools;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Setting quizzes: items from the bank with their points, for classes the teacher teaches, within a window. */
@Service
public class Quizzes {

    static final int MAX_ENTRIES = 100;
    static final BigDecimal MAX_POINTS = BigDecimal.valueOf(100);
    static final int MAX_LIMIT_MINUTES = 600;

    private final QuizRepository quizzes;
    private final ItemRepository items;
    private final QuizPolicy policy;
    private final Schools schools;
    private final AuditLog audit;

    Quizzes(QuizRepository quizzes, ItemRepository items, QuizPolicy policy, Schools schools, AuditLog audit) {
        this.quizzes = quizzes;
        this.items = items;
        this.policy = policy;
        this.schools = schools;
        this.audit = audit;
    }

    @Transactional
    public Quiz create(Actor actor, QuizDraft draft) {
        Set<Long> classIds = new HashSet<>();
        if (draft.classIds() != null) {
            draft.classIds().stream().filter(Objects::nonNull).forEach(classIds::add);
        }
        policy.requireTeaches(actor, classIds);
        String title = ItemDraft.text(draft.title());
        if (title.isEmpty() || title.length() > 200) {
            throw DomainException.invalid("quiz.title.required");
        }
        if (draft.opensAt() == null || draft.closesAt() == null || !draft.opensAt().isBefore(draft.closesAt())) {
            throw DomainException.invalid("quiz.window.invalid");
        }
        Integer limit = draft.timeLimitMinutes();
        if (limit != null && (limit < 1 || limit > MAX_LIMIT_MINUTES)) {
            throw DomainException.invalid("quiz.limit.range", 1, MAX_LIMIT_MINUTES);
        }
        if (limit != null && Duration.between(draft.opensAt(), draft.closesAt()).toMinutes() < 1) {
            throw DomainException.invalid("quiz.window.invalid");
        }
        List<Quiz.Entry> entries = entries(actor, draft.entries());
        String subject = draft.subjectCode() == null || draft.subjectCode().isBlank()
                ? items.find(entries.get(0).itemId()).orElseThrow().subjectCode() : draft.subjectCode().trim();
        if (subject.length() > 16) {
            throw DomainException.invalid("quiz.item.subject.unknown");
        }
        policy.requireTeachesSubject(actor, classIds, subject);
        QuizDraft clean = new QuizDraft(title, subject, draft.entries(), classIds, draft.opensAt(),
                draft.closesAt(), limit);
        long id = quizzes.insert(actor.personId(), actor.schoolId(), clean, entries);
        School school = schools.get(actor.schoolId());
        audit.record(actor.audited("QUIZ_SET", "quiz", id, school.regionPath(), school.id(), title,
                entries.size(), classIds.size()));
        return quizzes.find(id).orElseThrow();
    }

    private List<Quiz.Entry> entries(Actor actor, List<QuizDraft.EntryDraft> drafts) {
        List<QuizDraft.EntryDraft> given = drafts == null ? List.of()
                : drafts.stream().filter(e -> e != null && e.itemId() != null).toList();
        if (given.isEmpty()) {
            throw DomainException.invalid("quiz.entries.required");
        }
        if (given.size() > MAX_ENTRIES) {
            throw DomainException.invalid("quiz.entries.tooMany", MAX_ENTRIES);
        }
        Set<Long> ids = new LinkedHashSet<>(given.stream().map(QuizDraft.EntryDraft::itemId).toList());
        if (ids.size() != given.size()) {
            throw DomainException.invalid("quiz.entries.twice");
        }
        Map<Long, Item> found = items.findAll(ids).stream().collect(Collectors.toMap(Item::id, Function.identity()));
        List<Quiz.Entry> entries = new ArrayList<>();
        for (QuizDraft.EntryDraft e : given) {
            Item item = found.get(e.itemId());
            if (item == null || item.retired() || !policy.maySee(actor, item)) {
                throw DomainException.invalid("quiz.item.unknown");
            }
            BigDecimal points = e.points();
            if (points == null || points.signum() <= 0 || points.compareTo(MAX_POINTS) > 0
                    || points.stripTrailingZeros().scale() > 1) {
                throw DomainException.invalid("quiz.points.range", MAX_POINTS);
            }
            entries.add(new Quiz.Entry(entries.size() + 1, item.id(), points));
        }
        return entries;
    }

    /** A quiz for one who may see it: its teacher, its students, the administrators over its school. */
    public Quiz visible(Actor actor, long quizId) {
        Quiz quiz = get(quizId);
        if (actor.is(Role.STUDENT)) {
            policy.requireTaker(actor, quiz);
            return quiz;
        }
        return policy.requireResults(actor, quiz, schools.get(quiz.schoolId()));
    }

    /** The teacher's quizzes, or the student's with their own attempts. */
    public List<QuizLine> mine(Actor actor) {
        if (actor.is(Role.STUDENT)) {
            return actor.classIds().isEmpty() ? List.of() : quizzes.ofStudent(actor.personId(), actor.classIds(), 100);
        }
        policy.requireTeacher(actor);
        return quizzes.ofOwner(actor.personId(), 100);
    }

    /** A child's quizzes in their class with the child's own attempts, for their guardian. */
    public List<QuizLine> ofChild(Actor actor, long childId, long classId) {
        if (!actor.isGuardianOf(childId) || !actor.classIds().contains(classId)) {
            throw DomainException.forbidden();
        }
        return quizzes.ofStudent(childId, Set.of(classId), 100);
    }

    /** The items of a quiz by id (keys included: for marking and for the teacher's pages only). */
    Map<Long, Item> items(Quiz quiz) {
        return items.findAll(quiz.entries().stream().map(Quiz.Entry::itemId).toList()).stream()
                .collect(Collectors.toMap(Item::id, Function.identity()));
    }

    Quiz get(long quizId) {
        return quizzes.find(quizId).orElseThrow(() -> DomainException.notFound("quiz.unknown"));
    }
}
