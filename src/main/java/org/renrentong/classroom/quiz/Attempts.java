package org.renrentong.classroom.quiz;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.org.School;
import org.renrentong.org.Schools;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A student taking a quiz: starting it (the time limit counts from the server's clock at start), saving answers as
 * they go (refused outside the window and after the time limit), and handing in, when the objective answers are
 * marked at once.
 */
@Service
public class Attempts {

    static final int MAX_RESPONSE_PARTS = 10;
    static final int MAX_RESPONSE_TEXT = 5000;

    private final Quizzes quizzes;
    private final AttemptRepository attempts;
    private final QuizPolicy policy;
    private final Marker marker;
    private final Schools schools;
    private final ItemBank bank;
    private final AuditLog audit;

    Attempts(Quizzes quizzes, AttemptRepository attempts, QuizPolicy policy, Marker marker, Schools schools,
             ItemBank bank, AuditLog audit) {
        this.bank = bank;
        this.quizzes = quizzes;
        this.attempts = attempts;
        this.policy = policy;
        this.marker = marker;
        this.schools = schools;
        this.audit = audit;
    }

    @Transactional
    public QuizSheet start(Actor actor, long quizId) {
        Quiz quiz = quizzes.get(quizId);
        long classId = policy.requireTaker(actor, quiz);
        Instant now = Instant.now();
        if (attempts.find(quizId, actor.personId()).isEmpty()) {
            requireOpen(quiz, now);
            AttemptRepository.Attempt attempt = attempts.start(quizId, actor.personId(), classId);
            School school = schools.get(quiz.schoolId());
            audit.record(actor.audited("QUIZ_STARTED", "quiz_attempt", attempt.id(), school.regionPath(),
                    school.id(), quiz.title()));
        }
        return sheet(actor, quizId);
    }

    @Transactional
    public QuizSheet save(Actor actor, long quizId, int position, List<String> response) {
        Quiz quiz = quizzes.get(quizId);
        policy.requireTaker(actor, quiz);
        AttemptRepository.Attempt attempt = attempts.lock(quizId, actor.personId())
                .orElseThrow(() -> DomainException.conflict("quiz.attempt.notStarted"));
        if (attempt.handedIn()) {
            throw DomainException.conflict("quiz.attempt.handedIn");
        }
        Instant now = Instant.now();
        requireOpen(quiz, now);
        if (!now.isBefore(quiz.deadline(attempt.startedAt()))) {
            throw DomainException.conflict("quiz.attempt.timeUp");
        }
        Quiz.Entry entry = quiz.entries().stream().filter(e -> e.position() == position).findFirst()
                .orElseThrow(() -> DomainException.notFound("quiz.question.unknown"));
        List<String> clean = response(quizzes.items(quiz).get(entry.itemId()), response);
        attempts.save(attempt.id(), position, clean);
        School school = schools.get(quiz.schoolId());
        audit.record(actor.audited("QUIZ_ANSWER_SAVED", "quiz_attempt", attempt.id(), school.regionPath(),
                school.id(), position));
        return sheet(actor, quizId);
    }

    /** Hands the attempt in as it stands (also after the time is over) and marks its objective answers. */
    @Transactional
    public QuizSheet handIn(Actor actor, long quizId) {
        Quiz quiz = quizzes.get(quizId);
        policy.requireTaker(actor, quiz);
        AttemptRepository.Attempt attempt = attempts.lock(quizId, actor.personId())
                .orElseThrow(() -> DomainException.conflict("quiz.attempt.notStarted"));
        if (attempt.handedIn()) {
            throw DomainException.conflict("quiz.attempt.handedIn");
        }
        attempts.handIn(attempt.id(), Instant.now());
        marker.mark(quiz, quizzes.items(quiz), attempt.id());
        School school = schools.get(quiz.schoolId());
        audit.record(actor.audited("QUIZ_HANDED_IN", "quiz_attempt", attempt.id(), school.regionPath(),
                school.id(), quiz.title()));
        return sheet(actor, quizId);
    }

    /** The student's own sheet. */
    public QuizSheet sheet(Actor actor, long quizId) {
        Quiz quiz = quizzes.get(quizId);
        policy.requireTaker(actor, quiz);
        var attempt = attempts.find(quizId, actor.personId());
        Map<Integer, AttemptRepository.Answer> answers = attempt.map(a -> attempts.answers(a.id())).orElse(List.of())
                .stream().collect(Collectors.toMap(AttemptRepository.Answer::position, a -> a));
        boolean handedIn = attempt.map(AttemptRepository.Attempt::handedIn).orElse(false);
        Map<Long, Item> items = quizzes.items(quiz);
        List<QuizSheet.Question> questions = new ArrayList<>();
        for (Quiz.Entry e : quiz.entries()) {
            Item item = items.get(e.itemId());
            AttemptRepository.Answer a = answers.get(e.position());
            questions.add(new QuizSheet.Question(e.position(), item.kind(), item.stem(), item.choices(),
                    item.blanks().size(), item.imageFileId() != null, e.points(),
                    a == null ? List.of() : a.response(), handedIn && a != null ? a.points() : null,
                    handedIn && a != null ? a.correct() : null, handedIn && a != null ? a.comment() : null));
        }
        QuizSheet.State state = attempt.isEmpty() ? QuizSheet.State.NOT_STARTED
                : handedIn ? QuizSheet.State.HANDED_IN : QuizSheet.State.IN_PROGRESS;
        Instant deadline = attempt.map(a -> quiz.deadline(a.startedAt())).orElse(quiz.closesAt());
        return new QuizSheet(quiz.id(), quiz.title(), quiz.totalPoints(), state, deadline, questions,
                attempt.map(AttemptRepository.Attempt::score).orElse(null),
                attempt.map(AttemptRepository.Attempt::marked).orElse(false), quiz.open(Instant.now()));
    }

    /** The picture of a question, for the students taking the quiz. */
    public QuizPicture picture(Actor actor, long quizId, int position) {
        Quiz quiz = quizzes.get(quizId);
        policy.requireTaker(actor, quiz);
        Quiz.Entry entry = quiz.entries().stream().filter(e -> e.position() == position).findFirst()
                .orElseThrow(() -> DomainException.notFound("quiz.question.unknown"));
        return bank.picture(quizzes.items(quiz).get(entry.itemId()));
    }

    private static void requireOpen(Quiz quiz, Instant now) {
        if (now.isBefore(quiz.opensAt())) {
            throw DomainException.conflict("quiz.notOpen", quiz.opensShown());
        }
        if (!now.isBefore(quiz.closesAt())) {
            throw DomainException.conflict("quiz.closed", quiz.closesShown());
        }
    }

    /** The response cleaned for its kind: choices as valid indexes, one truth value, one text per blank. */
    private static List<String> response(Item item, List<String> given) {
        List<String> parts = given == null ? List.of() : given.stream().map(g -> g == null ? "" : g).toList();
        if (parts.size() > MAX_RESPONSE_PARTS || parts.stream().anyMatch(p -> p.length() > MAX_RESPONSE_TEXT)) {
            throw DomainException.invalid("quiz.answer.tooLong");
        }
        List<String> clean = new ArrayList<>();
        switch (item.kind()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                for (String p : parts) {
                    int index = index(p.trim(), item.choices().size());
                    if (!clean.contains(String.valueOf(index))) {
                        clean.add(String.valueOf(index));
                    }
                }
                if (item.kind() == ItemKind.SINGLE_CHOICE && clean.size() > 1) {
                    throw DomainException.invalid("quiz.answer.invalid");
                }
            }
            case TRUE_FALSE -> {
                for (String p : parts) {
                    if (!p.equals("true") && !p.equals("false")) {
                        throw DomainException.invalid("quiz.answer.invalid");
                    }
                    clean.add(p);
                }
                if (clean.size() > 1) {
                    throw DomainException.invalid("quiz.answer.invalid");
                }
            }
            case FILL_IN -> parts.stream().limit(item.blanks().size()).forEach(p -> clean.add(ItemDraft.text(p)));
            case SHORT_ANSWER -> clean.add(ItemDraft.text(String.join("\n", parts)));
        }
        return clean;
    }

    private static int index(String value, int choices) {
        try {
            int index = Integer.parseInt(value);
            if (index >= 0 && index < choices) {
                return index;
            }
        } catch (NumberFormatException e) {
            // not a number: refused below
        }
        throw DomainException.invalid("quiz.answer.invalid");
    }
}
