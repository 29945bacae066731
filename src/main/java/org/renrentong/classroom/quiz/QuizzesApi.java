package org.renrentong.classroom.quiz;

import java.math.BigDecimal;
import java.util.List;
import org.renrentong.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Quizzes as JSON: setting one, taking one (start, answer, hand in), the results and the teacher's marking. */
@RestController
@RequestMapping("/api/v1/quizzes")
class QuizzesApi {

    record Answer(List<String> response) {
    }

    record Mark(BigDecimal points, String comment) {
    }

    record Remarked(int handedInNow) {
    }

    private final Quizzes quizzes;
    private final Attempts attempts;
    private final QuizResults results;
    private final QuizMarking marking;

    QuizzesApi(Quizzes quizzes, Attempts attempts, QuizResults results, QuizMarking marking) {
        this.quizzes = quizzes;
        this.attempts = attempts;
        this.results = results;
        this.marking = marking;
    }

    @GetMapping
    List<QuizLine> mine(Actor me) {
        return quizzes.mine(me);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Quiz create(Actor me, @RequestBody QuizDraft draft) {
        return quizzes.create(me, draft);
    }

    /** The student's own sheet: questions without keys, their answers, their marks once handed in. */
    @GetMapping("/{id}/sheet")
    QuizSheet sheet(Actor me, @PathVariable long id) {
        return attempts.sheet(me, id);
    }

    @PostMapping("/{id}/start")
    QuizSheet start(Actor me, @PathVariable long id) {
        return attempts.start(me, id);
    }

    @PutMapping("/{id}/answers/{position}")
    QuizSheet answer(Actor me, @PathVariable long id, @PathVariable int position, @RequestBody Answer answer) {
        return attempts.save(me, id, position, answer.response());
    }

    @PostMapping("/{id}/hand-in")
    QuizSheet handIn(Actor me, @PathVariable long id) {
        return attempts.handIn(me, id);
    }

    @GetMapping("/{id}/results")
    QuizReport results(Actor me, @PathVariable long id) {
        return results.report(me, id);
    }

    @PutMapping("/{id}/attempts/{attemptId}/answers/{position}/mark")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void mark(Actor me, @PathVariable long id, @PathVariable long attemptId, @PathVariable int position,
              @RequestBody Mark mark) {
        marking.markAnswer(me, id, attemptId, position, mark.points(), mark.comment());
    }

    @PostMapping("/{id}/remark")
    Remarked remark(Actor me, @PathVariable long id) {
        return new Remarked(marking.remark(me, id));
    }
}
