package org.renrentong.classroom.quiz;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.renrentong.org.Schools;
import org.renrentong.identity.Actor;
import org.springframework.stereotype.Service;

/** A quiz's results, per student, per item and per class, for its teacher and the administrators over it. */
@Service
public class QuizResults {

    private final Quizzes quizzes;
    private final ResultRepository results;
    private final QuizPolicy policy;
    private final Schools schools;

    QuizResults(Quizzes quizzes, ResultRepository results, QuizPolicy policy, Schools schools) {
        this.quizzes = quizzes;
        this.results = results;
        this.policy = policy;
        this.schools = schools;
    }

    public QuizReport report(Actor actor, long quizId) {
        Quiz quiz = quizzes.get(quizId);
        policy.requireResults(actor, quiz, schools.get(quiz.schoolId()));
        Map<Long, String> classNames = new LinkedHashMap<>();
        quiz.classIds().stream().sorted().forEach(id -> classNames.put(id, schools.schoolClass(id).name()));
        List<QuizReport.StudentResult> students = new ArrayList<>();
        for (ResultRepository.StudentRow r : results.students(quizId, quiz.classIds())) {
            QuizSheet.State state = r.attemptId() == null ? QuizSheet.State.NOT_STARTED
                    : r.handedIn() ? QuizSheet.State.HANDED_IN : QuizSheet.State.IN_PROGRESS;
            students.add(new QuizReport.StudentResult(r.studentId(), r.name(), classNames.get(r.classId()),
                    r.attemptId(), state, r.handedIn() ? r.score() : null, r.marked()));
        }
        return new QuizReport(quiz, students, items(quiz), classes(classNames, students));
    }

    private List<QuizReport.ItemResult> items(Quiz quiz) {
        Map<Long, Item> items = quizzes.items(quiz);
        int handedIn = results.handedIn(quiz.id());
        Map<Integer, ResultRepository.EntryRow> rows = results.entries(quiz.id());
        Map<Integer, List<QuizReport.WrongAnswer>> wrong = new LinkedHashMap<>();
        for (ResultRepository.WrongRow w : results.wrongAnswers(quiz.id())) {
            Item item = items.get(quiz.entries().get(w.position() - 1).itemId());
            wrong.computeIfAbsent(w.position(), p -> new ArrayList<>())
                    .add(new QuizReport.WrongAnswer(shown(item, w.response()), w.count()));
        }
        List<QuizReport.ItemResult> out = new ArrayList<>();
        for (Quiz.Entry e : quiz.entries()) {
            Item item = items.get(e.itemId());
            ResultRepository.EntryRow row = rows.get(e.position());
            int correct = row == null ? 0 : row.correct();
            double difficulty = handedIn == 0 ? 0 : item.kind().objective() ? (double) correct / handedIn
                    : (row == null ? 0 : row.earned().doubleValue() / (e.points().doubleValue() * handedIn));
            out.add(new QuizReport.ItemResult(e.position(), item.kind(), item.stem(), e.points(), handedIn, correct,
                    Math.round(difficulty * 100) / 100.0, wrong.getOrDefault(e.position(), List.of()),
                    row == null ? 0 : row.waiting()));
        }
        return out;
    }

    private static List<QuizReport.ClassResult> classes(Map<Long, String> names,
                                                        List<QuizReport.StudentResult> students) {
        List<QuizReport.ClassResult> out = new ArrayList<>();
        names.forEach((id, name) -> {
            List<QuizReport.StudentResult> of = students.stream().filter(s -> name.equals(s.className())).toList();
            List<BigDecimal> scores = of.stream().filter(s -> s.score() != null).map(QuizReport.StudentResult::score)
                    .toList();
            BigDecimal average = scores.isEmpty() ? null : scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(scores.size()), 1, RoundingMode.HALF_UP);
            out.add(new QuizReport.ClassResult(id, name, of.size(), scores.size(), average));
        });
        return out;
    }

    /** A response as a teacher reads it: letters for choices, √ or × for a statement, the texts of the blanks. */
    static String shown(Item item, List<String> response) {
        return switch (item.kind()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> String.join("", response.stream()
                    .map(r -> Item.letter(Integer.parseInt(r))).toList());
            case TRUE_FALSE -> response.isEmpty() ? "" : "true".equals(response.get(0)) ? "√" : "×";
            default -> String.join("；", response);
        };
    }
}
