package org.renrentong.classroom.quiz;

import java.math.BigDecimal;
import java.util.List;

/** The results of a quiz for its teacher: per student, per item and per class. */
public record QuizReport(Quiz quiz, List<StudentResult> students, List<ItemResult> items,
                         List<ClassResult> classes) {

    /** A student of one of the quiz's classes, with their attempt if any. */
    public record StudentResult(long studentId, String name, String className, Long attemptId,
                                QuizSheet.State state, BigDecimal score, boolean marked) {
    }

    /**
     * An entry's results: how many answered it among those who handed in, the share wholly right (the difficulty
     * index: 1 is easy, 0 is hard; for a short answer, the share of the points earned), and the wrong answers given
     * most, with how often.
     */
    public record ItemResult(int position, ItemKind kind, String stem, BigDecimal points, int handedIn, int correct,
                             double difficulty, List<WrongAnswer> wrongAnswers, int waiting) {
    }

    public record WrongAnswer(String answer, int count) {
    }

    public record ClassResult(long classId, String name, int students, int handedIn, BigDecimal average) {
    }
}
