package org.renrentong.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.renrentong.classroom.quiz.Attempts;
import org.renrentong.classroom.quiz.Item;
import org.renrentong.classroom.quiz.ItemBank;
import org.renrentong.classroom.quiz.ItemDraft;
import org.renrentong.classroom.quiz.ItemKind;
import org.renrentong.classroom.quiz.Quiz;
import org.renrentong.classroom.quiz.QuizDraft;
import org.renrentong.classroom.quiz.Quizzes;
import org.renrentong.identity.Actor;
import org.renrentong.org.SchoolClass;

/**
 * A quiz of the demo class, open for a week and handed in by the demo student, so that the quiz pages (taking, the
 * results, an attempt) have something to show.
 */
final class DemoQuiz {

    private static final String CHINESE = "13";

    private DemoQuiz() {
    }

    static void set(ItemBank bank, Quizzes quizzes, Attempts attempts, Actor teacher, Actor student,
                    SchoolClass schoolClass) {
        Item choice = bank.create(teacher, new ItemDraft(ItemKind.SINGLE_CHOICE, CHINESE, null,
                "《春》的作者是谁？", List.of("鲁迅", "朱自清", "老舍", "冰心"), List.of(1), null, null, null, false), null);
        Item truth = bank.create(teacher, new ItemDraft(ItemKind.TRUE_FALSE, CHINESE, null,
                "“吹面不寒杨柳风”写的是春风。", null, null, true, null, null, false), null);
        Item blank = bank.create(teacher, new ItemDraft(ItemKind.FILL_IN, CHINESE, null,
                "“盼望着，盼望着，____来了，春天的脚步近了。”", null, null, null, List.of(List.of("东风")), null, false),
                null);
        Instant now = Instant.now();
        Quiz quiz = quizzes.create(teacher, new QuizDraft("《春》随堂测验", CHINESE, List.of(
                new QuizDraft.EntryDraft(choice.id(), BigDecimal.valueOf(4)),
                new QuizDraft.EntryDraft(truth.id(), BigDecimal.valueOf(2)),
                new QuizDraft.EntryDraft(blank.id(), BigDecimal.valueOf(4))),
                Set.of(schoolClass.id()), now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(7)), null));
        attempts.start(student, quiz.id());
        attempts.save(student, quiz.id(), 1, List.of("1"));
        attempts.save(student, quiz.id(), 2, List.of("true"));
        attempts.save(student, quiz.id(), 3, List.of("东风"));
        attempts.handIn(student, quiz.id());
    }
}
