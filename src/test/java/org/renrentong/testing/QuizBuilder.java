package org.renrentong.testing;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.renrentong.classroom.quiz.Item;
import org.renrentong.classroom.quiz.Quiz;
import org.renrentong.classroom.quiz.QuizDraft;
import org.renrentong.identity.Actor;
import org.renrentong.org.SchoolClass;

/** Builds a quiz of the teacher's items for classes they teach; open from a minute ago for a day by default. */
public class QuizBuilder {

    private final QuizFixtures fixtures;
    private final Actor teacher;
    private final List<QuizDraft.EntryDraft> entries = new ArrayList<>();
    private final Set<Long> classes = new HashSet<>();
    private String title = "单元测验 " + Fixtures.unique();
    private Instant opens = Instant.now().minus(Duration.ofMinutes(1));
    private Instant closes = Instant.now().plus(Duration.ofDays(1));
    private Integer limit;

    QuizBuilder(QuizFixtures fixtures, Actor teacher) {
        this.fixtures = fixtures;
        this.teacher = teacher;
    }

    public QuizBuilder with(Item item, double points) {
        entries.add(new QuizDraft.EntryDraft(item.id(), BigDecimal.valueOf(points)));
        return this;
    }

    public QuizBuilder forClass(SchoolClass schoolClass) {
        classes.add(schoolClass.id());
        return this;
    }

    public QuizBuilder titled(String title) {
        this.title = title;
        return this;
    }

    public QuizBuilder window(Instant opens, Instant closes) {
        this.opens = opens;
        this.closes = closes;
        return this;
    }

    public QuizBuilder limit(int minutes) {
        this.limit = minutes;
        return this;
    }

    public Quiz build() {
        return fixtures.quizzes.create(teacher, new QuizDraft(title, null, entries, classes, opens, closes, limit));
    }
}
