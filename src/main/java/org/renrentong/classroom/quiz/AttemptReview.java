package org.renrentong.classroom.quiz;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.renrentong.identity.Actor;
import org.renrentong.org.Schools;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Service;

/** One student's attempt as the teacher reads it to mark: each answer beside the key, with points and comment. */
@Service
public class AttemptReview {

    /** The attempt with its student; {@code shown} is the response as the teacher reads it. */
    public record View(Quiz quiz, long attemptId, String studentName, boolean handedIn, BigDecimal score,
                       boolean marked, List<Line> lines) {
    }

    public record Line(int position, Item item, BigDecimal points, String shown, BigDecimal earned, Boolean correct,
                       String comment) {
    }

    private final Quizzes quizzes;
    private final AttemptRepository attempts;
    private final QuizPolicy policy;
    private final Schools schools;

    AttemptReview(Quizzes quizzes, AttemptRepository attempts, QuizPolicy policy, Schools schools) {
        this.quizzes = quizzes;
        this.attempts = attempts;
        this.policy = policy;
        this.schools = schools;
    }

    public View of(Actor actor, long quizId, long attemptId) {
        Quiz quiz = quizzes.get(quizId);
        policy.requireResults(actor, quiz, schools.get(quiz.schoolId()));
        AttemptRepository.Attempt attempt = attempts.find(attemptId).filter(a -> a.quizId() == quizId)
                .orElseThrow(() -> DomainException.notFound("quiz.attempt.unknown"));
        Map<Integer, AttemptRepository.Answer> answers = attempts.answers(attemptId).stream()
                .collect(Collectors.toMap(AttemptRepository.Answer::position, a -> a));
        Map<Long, Item> items = quizzes.items(quiz);
        List<Line> lines = new ArrayList<>();
        for (Quiz.Entry e : quiz.entries()) {
            Item item = items.get(e.itemId());
            AttemptRepository.Answer a = answers.get(e.position());
            lines.add(new Line(e.position(), item, e.points(),
                    a == null ? "" : QuizResults.shown(item, a.response()), a == null ? null : a.points(),
                    a == null ? null : a.correct(), a == null ? null : a.comment()));
        }
        return new View(quiz, attemptId, attempts.studentName(attempt.studentId()), attempt.handedIn(), attempt.score(), attempt.marked(), lines);
    }
}
