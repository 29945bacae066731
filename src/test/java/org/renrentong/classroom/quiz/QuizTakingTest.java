package org.renrentong.classroom.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;
import org.renrentong.shared.DomainException;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.QuizFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Students take quizzes within the window and the time limit; hand-in marks at once; the teacher marks the rest. */
@IntegrationTest
class QuizTakingTest {

    @Autowired Fixtures fixtures;
    @Autowired QuizFixtures quizFixtures;
    @Autowired Attempts attempts;
    @Autowired QuizMarking marking;
    @Autowired QuizResults results;
    @Autowired JdbcClient jdbc;

    private SchoolClass schoolClass;
    private Actor teacher;
    private Actor student;
    private Actor classmate;
    private Item single;
    private Item multiple;
    private Item fill;
    private Item essay;

    @BeforeEach
    void world() {
        School school = fixtures.aSchool().build();
        schoolClass = fixtures.aClass().in(school).build();
        teacher = fixtures.actor(fixtures.aPerson().teacher().teaching(schoolClass).build());
        student = fixtures.actor(fixtures.aPerson().student().in(schoolClass).build());
        classmate = fixtures.actor(fixtures.aPerson().student().in(schoolClass).build());
        single = quizFixtures.anItem(teacher).singleChoice("\\( 2^3 \\) = ?", 2, "6", "9", "8").build();
        multiple = quizFixtures.anItem(teacher).multipleChoice("偶数有", List.of(0, 2), "2", "3", "4").build();
        fill = quizFixtures.anItem(teacher).fillIn("水的化学式是 ____", List.of("H2O")).build();
        essay = quizFixtures.anItem(teacher).shortAnswer("说说勾股定理", "a²+b²=c²").build();
    }

    @Test
    void handingInMarksTheObjectiveItemsAtOnceAndTheTeacherMarksTheShortAnswer() {
        Quiz quiz = quizFixtures.aQuiz(teacher).with(single, 2).with(multiple, 4).with(fill, 2).with(essay, 5)
                .forClass(schoolClass).build();
        attempts.start(student, quiz.id());
        attempts.save(student, quiz.id(), 1, List.of("2"));
        attempts.save(student, quiz.id(), 2, List.of("0"));
        attempts.save(student, quiz.id(), 3, List.of("Ｈ２Ｏ "));
        attempts.save(student, quiz.id(), 4, List.of("两直角边的平方和等于斜边的平方"));

        QuizSheet sheet = attempts.handIn(student, quiz.id());

        assertThat(sheet.state()).isEqualTo(QuizSheet.State.HANDED_IN);
        assertThat(sheet.score()).isEqualByComparingTo("6.0");
        assertThat(sheet.marked()).isFalse();
        assertThat(sheet.questions().get(1).earned()).isEqualByComparingTo("2.0");

        long attempt = jdbc.sql("SELECT id FROM quiz_attempt WHERE quiz_id = ? AND student_id = ?")
                .params(quiz.id(), student.personId()).query(Long.class).single();
        assertThatThrownBy(() -> marking.markAnswer(teacher, quiz.id(), attempt, 4, new BigDecimal("5.5"), ""))
                .isInstanceOf(DomainException.class).hasMessage("quiz.mark.points.range");
        assertThatThrownBy(() -> marking.markAnswer(teacher, quiz.id(), attempt, 1, BigDecimal.ONE, ""))
                .hasMessage("quiz.mark.objective");
        marking.markAnswer(teacher, quiz.id(), attempt, 4, new BigDecimal("4.5"), "写得清楚");

        QuizSheet marked = attempts.sheet(student, quiz.id());
        assertThat(marked.score()).isEqualByComparingTo("10.5");
        assertThat(marked.marked()).isTrue();
        assertThat(marked.questions().get(3).comment()).isEqualTo("写得清楚");
    }

    @Test
    void theTeachersMarksAndCommentsOutliveMarkingAgainAndTheLastSaveOfAnAnswerCounts() {
        Item reason = quizFixtures.anItem(teacher).shortAnswer("说明理由", "因为……").build();
        Quiz quiz = quizFixtures.aQuiz(teacher).with(single, 2).with(essay, 5).with(reason, 3)
                .forClass(schoolClass).build();
        attempts.start(student, quiz.id());
        attempts.save(student, quiz.id(), 1, List.of("0"));
        attempts.save(student, quiz.id(), 1, List.of("2"));
        attempts.save(student, quiz.id(), 2, List.of("两直角边的平方和等于斜边的平方"));
        assertThat(attempts.handIn(student, quiz.id()).score()).isEqualByComparingTo("2.0");
        assertThat(results.report(teacher, quiz.id()).items()).extracting(QuizReport.ItemResult::waiting)
                .containsExactly(0, 1, 0);
        long attempt = jdbc.sql("SELECT id FROM quiz_attempt WHERE quiz_id = ?").param(quiz.id())
                .query(Long.class).single();

        marking.markAnswer(teacher, quiz.id(), attempt, 2, new BigDecimal("4"), "好");
        marking.markAnswer(teacher, quiz.id(), attempt, 3, BigDecimal.ZERO, "没有作答");
        marking.markAnswer(teacher, quiz.id(), attempt, 2, new BigDecimal("3.5"), "");
        marking.remark(teacher, quiz.id());

        QuizSheet sheet = attempts.sheet(student, quiz.id());
        assertThat(sheet.score()).isEqualByComparingTo("5.5");
        assertThat(sheet.marked()).isTrue();
        assertThat(sheet.questions()).extracting(QuizSheet.Question::earned)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("2"), new BigDecimal("3.5"), BigDecimal.ZERO);
        assertThat(sheet.questions()).extracting(QuizSheet.Question::comment).containsExactly(null, null, "没有作答");
        assertThat(sheet.questions().get(0).response()).containsExactly("2");
        assertThat(sheet.questions().get(2).response()).isEmpty();
        assertThat(results.report(teacher, quiz.id()).items()).extracting(QuizReport.ItemResult::waiting)
                .containsExactly(0, 0, 0);
    }

    @Test
    void answersOutsideTheWindowOrAfterTheTimeLimitAreRefusedAndNothingIsWritten() {
        Quiz later = quizFixtures.aQuiz(teacher).with(single, 2).forClass(schoolClass)
                .window(Instant.now().plus(Duration.ofHours(1)), Instant.now().plus(Duration.ofHours(2))).build();
        assertThatThrownBy(() -> attempts.start(student, later.id())).hasMessage("quiz.notOpen");

        Quiz limited = quizFixtures.aQuiz(teacher).with(single, 2).forClass(schoolClass).limit(20).build();
        attempts.start(student, limited.id());
        attempts.save(student, limited.id(), 1, List.of("0"));
        jdbc.sql("UPDATE quiz_attempt SET started_at = now() - interval '21 minutes' WHERE quiz_id = ?")
                .param(limited.id()).update();
        assertThatThrownBy(() -> attempts.save(student, limited.id(), 1, List.of("2")))
                .isInstanceOf(DomainException.class).hasMessage("quiz.attempt.timeUp");
        assertThat(attempts.sheet(student, limited.id()).questions().get(0).response()).containsExactly("0");

        Quiz closed = quizFixtures.aQuiz(teacher).with(single, 2).forClass(schoolClass)
                .window(Instant.now().minus(Duration.ofHours(2)), Instant.now().plus(Duration.ofSeconds(30)))
                .build();
        attempts.start(student, closed.id());
        jdbc.sql("UPDATE quiz SET closes_at = now() - interval '1 minute' WHERE id = ?").param(closed.id()).update();
        assertThatThrownBy(() -> attempts.save(student, closed.id(), 1, List.of("2"))).hasMessage("quiz.closed");
        assertThatThrownBy(() -> attempts.save(student, closed.id(), 1, List.of("7")))
                .hasMessageStartingWith("quiz.");
        assertThat(jdbc.sql("SELECT count(*) FROM quiz_attempt t, jsonb_each(t.responses) WHERE t.quiz_id = ?")
                .param(closed.id()).query(Integer.class).single()).isZero();
    }

    @Test
    void aStudentSeesOnlyTheirOwnAnswersAndNeverTheResults() {
        Quiz quiz = quizFixtures.aQuiz(teacher).with(single, 2).forClass(schoolClass).build();
        attempts.start(classmate, quiz.id());
        attempts.save(classmate, quiz.id(), 1, List.of("2"));

        QuizSheet mine = attempts.sheet(student, quiz.id());

        assertThat(mine.state()).isEqualTo(QuizSheet.State.NOT_STARTED);
        assertThat(mine.questions().get(0).response()).isEmpty();
        assertThatThrownBy(() -> results.report(student, quiz.id())).hasMessage("error.forbidden");
        Actor outsider = fixtures.actor(fixtures.aPerson().student().build());
        assertThatThrownBy(() -> attempts.sheet(outsider, quiz.id())).hasMessage("error.forbidden");
    }

    @Test
    void theResultsGivePerItemDifficultyAndTheWrongAnswersChosenMost() {
        Quiz quiz = quizFixtures.aQuiz(teacher).with(single, 2).forClass(schoolClass).build();
        attempts.start(student, quiz.id());
        attempts.save(student, quiz.id(), 1, List.of("2"));
        attempts.handIn(student, quiz.id());
        attempts.start(classmate, quiz.id());
        attempts.save(classmate, quiz.id(), 1, List.of("1"));
        attempts.handIn(classmate, quiz.id());

        QuizReport report = results.report(teacher, quiz.id());

        assertThat(report.items().get(0).difficulty()).isEqualTo(0.5);
        assertThat(report.items().get(0).wrongAnswers()).containsExactly(new QuizReport.WrongAnswer("B", 1));
        assertThat(report.classes().get(0).handedIn()).isEqualTo(2);
        assertThat(report.classes().get(0).average()).isEqualByComparingTo("1.0");
    }

    @Test
    void markingAgainHandsInAttemptsWhoseTimeIsOverAndGivesTheSameMarks() {
        Quiz quiz = quizFixtures.aQuiz(teacher).with(single, 2).with(multiple, 4).forClass(schoolClass).build();
        attempts.start(student, quiz.id());
        attempts.save(student, quiz.id(), 1, List.of("2"));
        attempts.handIn(student, quiz.id());
        attempts.start(classmate, quiz.id());
        attempts.save(classmate, quiz.id(), 2, List.of("0", "2"));
        jdbc.sql("UPDATE quiz SET closes_at = now() - interval '1 minute' WHERE id = ?").param(quiz.id()).update();

        assertThat(marking.remark(teacher, quiz.id())).isEqualTo(1);

        assertThat(attempts.sheet(student, quiz.id()).score()).isEqualByComparingTo("2.0");
        assertThat(attempts.sheet(classmate, quiz.id()).score()).isEqualByComparingTo("4.0");
        assertThatThrownBy(() -> marking.remark(fixtures.actor(fixtures.aPerson().teacher().teaching(schoolClass)
                .build()), quiz.id())).hasMessage("error.forbidden");
    }
}
