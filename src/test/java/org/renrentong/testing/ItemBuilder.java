package org.renrentong.testing;

import java.util.List;
import org.renrentong.classroom.quiz.Item;
import org.renrentong.classroom.quiz.ItemDraft;
import org.renrentong.classroom.quiz.ItemKind;
import org.renrentong.identity.Actor;

/** Builds an item of the bank, of mathematics (subject 14) unless told otherwise; a single choice by default. */
public class ItemBuilder {

    private final QuizFixtures fixtures;
    private final Actor teacher;
    private ItemKind kind = ItemKind.SINGLE_CHOICE;
    private String subject = "14";
    private String stem = "1 + 1 = ? " + Fixtures.unique();
    private List<String> choices = List.of("1", "2", "3");
    private List<Integer> correct = List.of(1);
    private Boolean truth;
    private List<List<String>> blanks = List.of();
    private String guidance;
    private boolean shared;

    ItemBuilder(QuizFixtures fixtures, Actor teacher) {
        this.fixtures = fixtures;
        this.teacher = teacher;
    }

    public ItemBuilder singleChoice(String stem, int correct, String... choices) {
        return choice(ItemKind.SINGLE_CHOICE, stem, List.of(correct), choices);
    }

    public ItemBuilder multipleChoice(String stem, List<Integer> correct, String... choices) {
        return choice(ItemKind.MULTIPLE_CHOICE, stem, correct, choices);
    }

    private ItemBuilder choice(ItemKind kind, String stem, List<Integer> correct, String... choices) {
        this.kind = kind;
        this.stem = stem;
        this.correct = correct;
        this.choices = List.of(choices);
        return this;
    }

    public ItemBuilder trueFalse(String stem, boolean truth) {
        this.kind = ItemKind.TRUE_FALSE;
        this.stem = stem;
        this.truth = truth;
        return this;
    }

    /** A fill-in item: the accepted answers of each blank. */
    @SafeVarargs
    public final ItemBuilder fillIn(String stem, List<String>... blanks) {
        this.kind = ItemKind.FILL_IN;
        this.stem = stem;
        this.blanks = List.of(blanks);
        return this;
    }

    public ItemBuilder shortAnswer(String stem, String guidance) {
        this.kind = ItemKind.SHORT_ANSWER;
        this.stem = stem;
        this.guidance = guidance;
        return this;
    }

    public ItemBuilder subject(String subjectCode) {
        this.subject = subjectCode;
        return this;
    }

    public ItemBuilder shared() {
        this.shared = true;
        return this;
    }

    public Item build() {
        return fixtures.bank.create(teacher, new ItemDraft(kind, subject, null, stem, choices, correct, truth, blanks,
                guidance, shared), null);
    }
}
