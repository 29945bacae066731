package org.renrentong.testing;

import org.renrentong.classroom.quiz.ItemBank;
import org.renrentong.classroom.quiz.Quizzes;
import org.renrentong.identity.Actor;
import org.springframework.stereotype.Component;

/**
 * Entry point of the item and quiz builders, through the real services as the given teacher:
 * <pre>
 *   Item item = quizFixtures.anItem(teacher).singleChoice("1+1=?", 1, "1", "2").build();
 *   Quiz quiz = quizFixtures.aQuiz(teacher).with(item, 5).forClass(c).build();
 * </pre>
 */
@Component
public class QuizFixtures {

    final ItemBank bank;
    final Quizzes quizzes;

    QuizFixtures(ItemBank bank, Quizzes quizzes) {
        this.bank = bank;
        this.quizzes = quizzes;
    }

    public ItemBuilder anItem(Actor teacher) {
        return new ItemBuilder(this, teacher);
    }

    public QuizBuilder aQuiz(Actor teacher) {
        return new QuizBuilder(this, teacher);
    }
}
