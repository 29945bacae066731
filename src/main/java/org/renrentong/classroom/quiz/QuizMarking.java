package org.renrentong.classroom.quiz;

import java.math.BigDecimal;
import java.time.Instant;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.org.School;
import org.renrentong.org.Schools;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The teacher's marking: points and a comment for an answer (short answers wait for it), and marking the whole
 * quiz again — which also hands in, as they stand, the attempts whose time is over.
 */
@Service
public class QuizMarking {

    static final int MAX_COMMENT = 1000;

    private final Quizzes quizzes;
    private final AttemptRepository attempts;
    private final QuizPolicy policy;
    private final Marker marker;
    private final Schools schools;
    private final AuditLog audit;

    QuizMarking(Quizzes quizzes, AttemptRepository attempts, QuizPolicy policy, Marker marker, Schools schools,
                AuditLog audit) {
        this.quizzes = quizzes;
        this.attempts = attempts;
        this.policy = policy;
        this.marker = marker;
        this.schools = schools;
        this.audit = audit;
    }

    @Transactional
    public void markAnswer(Actor actor, long quizId, long attemptId, int position, BigDecimal points,
                           String comment) {
        Quiz quiz = policy.requireOwns(actor, quizzes.get(quizId));
        AttemptRepository.Attempt attempt = attempts.find(attemptId).filter(a -> a.quizId() == quizId)
                .orElseThrow(() -> DomainException.notFound("quiz.attempt.unknown"));
        if (!attempt.handedIn()) {
            throw DomainException.conflict("quiz.mark.notHandedIn");
        }
        Quiz.Entry entry = quiz.entries().stream().filter(e -> e.position() == position).findFirst()
                .orElseThrow(() -> DomainException.notFound("quiz.question.unknown"));
        if (quizzes.items(quiz).get(entry.itemId()).kind().objective()) {
            throw DomainException.conflict("quiz.mark.objective");
        }
        if (points == null || points.signum() < 0 || points.compareTo(entry.points()) > 0
                || points.stripTrailingZeros().scale() > 1) {
            throw DomainException.invalid("quiz.mark.points.range", entry.points().stripTrailingZeros()
                    .toPlainString());
        }
        String text = ItemDraft.text(comment);
        if (text.length() > MAX_COMMENT) {
            throw DomainException.invalid("quiz.mark.comment.tooLong", MAX_COMMENT);
        }
        attempts.markByTeacher(attemptId, position, points, text.isEmpty() ? null : text);
        marker.mark(quiz, quizzes.items(quiz), attemptId);
        School school = schools.get(quiz.schoolId());
        audit.record(actor.audited("QUIZ_ANSWER_MARKED", "quiz_attempt", attemptId, school.regionPath(),
                school.id(), position, points.toPlainString()));
    }

    /** Marks every handed-in attempt again, after handing in those whose time is over; returns how many were. */
    @Transactional
    public int remark(Actor actor, long quizId) {
        Quiz quiz = policy.requireOwns(actor, quizzes.get(quizId));
        int expired = attempts.handInExpired(quizId, quiz.closesAt(), quiz.timeLimitMinutes(), Instant.now());
        marker.mark(quiz, quizzes.items(quiz), null);
        School school = schools.get(quiz.schoolId());
        audit.record(actor.audited("QUIZ_REMARKED", "quiz", quizId, school.regionPath(), school.id(), expired));
        return expired;
    }
}
