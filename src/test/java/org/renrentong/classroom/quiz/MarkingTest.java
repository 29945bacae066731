package org.renrentong.classroom.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renrentong.shared.DomainException;

/** The marking rules of objective items, and the refusal of items without a correct answer. */
class MarkingTest {

    private static final BigDecimal FOUR = BigDecimal.valueOf(4);

    static Item item(ItemKind kind, List<String> choices, List<Integer> correct, Boolean truth,
                     List<List<String>> blanks) {
        return new Item(1, 1, "王老师", 1L, false, "14", null, kind, "题干", choices, correct, truth, blanks, null,
                null, false);
    }

    private static Marking.Mark mark(Item item, String... response) {
        return Marking.of(item).mark(List.of(response), FOUR);
    }

    @Test
    void aSingleChoiceIsRightOrWrong() {
        Item item = item(ItemKind.SINGLE_CHOICE, List.of("1", "2", "3"), List.of(1), null, List.of());
        assertThat(mark(item, "1")).isEqualTo(new Marking.Mark(FOUR, true));
        assertThat(mark(item, "0").points()).isZero();
        assertThat(mark(item).points()).isZero();
    }

    @Test
    void aMultipleChoiceGivesHalfForCorrectButIncompleteAndNothingForAnyWrongChoice() {
        Item item = item(ItemKind.MULTIPLE_CHOICE, List.of("a", "b", "c", "d"), List.of(0, 2), null, List.of());
        assertThat(mark(item, "2", "0")).isEqualTo(new Marking.Mark(FOUR, true));
        assertThat(mark(item, "0")).isEqualTo(new Marking.Mark(new BigDecimal("2.0"), false));
        assertThat(mark(item, "0", "1").points()).isZero();
        assertThat(mark(item, "0", "1", "2", "3").points()).isZero();
        assertThat(mark(item).points()).isZero();
    }

    @Test
    void aStatementIsTrueOrFalse() {
        Item item = item(ItemKind.TRUE_FALSE, List.of(), List.of(), false, List.of());
        assertThat(mark(item, "false").correct()).isTrue();
        assertThat(mark(item, "true").correct()).isFalse();
    }

    @Test
    void fillInNormalisesWhitespaceAndFullWidthCharactersAndCountsEachBlank() {
        Item item = item(ItemKind.FILL_IN, List.of(), List.of(), null,
                List.of(List.of("H2O", "水"), List.of("x = 2")));
        assertThat(mark(item, "Ｈ２Ｏ", "  x   =　2 ")).isEqualTo(new Marking.Mark(FOUR, true));
        assertThat(mark(item, "水", "x=2")).isEqualTo(new Marking.Mark(new BigDecimal("2.0"), false));
        assertThat(mark(item, "h2o", "").points()).isZero();
    }

    @Test
    void aShortAnswerWaitsForTheTeacher() {
        Item item = item(ItemKind.SHORT_ANSWER, List.of(), List.of(), null, List.of());
        assertThat(Marking.of(item).mark(List.of("文字"), FOUR)).isNull();
    }

    @Test
    void anItemWithoutACorrectAnswerIsRefused() {
        assertThatThrownBy(() -> new ItemDraft(ItemKind.SINGLE_CHOICE, "14", null, "题", List.of("a", "b"),
                List.of(), null, List.of(), null, false).checked())
                .isInstanceOf(DomainException.class).hasMessage("quiz.item.correct.required");
        assertThatThrownBy(() -> new ItemDraft(ItemKind.FILL_IN, "14", null, "题", List.of(), List.of(), null,
                List.of(List.of(" ")), null, false).checked())
                .hasMessage("quiz.item.correct.required");
        assertThatThrownBy(() -> new ItemDraft(ItemKind.TRUE_FALSE, "14", null, "题", List.of(), List.of(), null,
                List.of(), null, false).checked())
                .hasMessage("quiz.item.correct.required");
    }

    @Test
    void theItemFormReadsLettersTruthAndBlanks() {
        ItemDraft choice = new ItemForm(ItemKind.MULTIPLE_CHOICE, "14", null, "题", "甲\n乙\n丙", "a，c", false)
                .draft();
        assertThat(choice.correct()).containsExactly(0, 2);
        ItemDraft fill = new ItemForm(ItemKind.FILL_IN, "14", null, "题", "", "H2O | 水\n2", false).draft();
        assertThat(fill.blanks()).containsExactly(List.of("H2O", "水"), List.of("2"));
        assertThat(new ItemForm(ItemKind.TRUE_FALSE, "14", null, "题", "", "错", false).draft().answerTrue())
                .isFalse();
    }
}
