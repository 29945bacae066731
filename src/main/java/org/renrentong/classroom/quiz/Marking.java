package org.renrentong.classroom.quiz;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The marking rules of objective items, as one key per item built once and applied to many responses.
 * <ul>
 * <li>single choice, true/false: full points for the right answer, else none;</li>
 * <li>multiple choice: full points when exactly the correct choices are picked; half the points when only correct
 * choices are picked but not all of them (the 选对但不全 rule of Chinese examinations); none when any wrong choice is
 * picked;</li>
 * <li>fill-in: each blank weighs the same; a blank is right when its answer, normalised, equals one of its accepted
 * answers normalised: full-width letters, digits and signs made half-width (NFKC), runs of white space made one
 * space, leading and trailing space dropped; letter case counts (H2O is not h2o).</li>
 * </ul>
 * Points are rounded down to one decimal.
 */
final class Marking {

    /** The points an answer earned, and whether it was wholly right. */
    record Mark(BigDecimal points, boolean correct) {
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final ItemKind kind;
    private final Set<String> correctChoices;
    private final Boolean answerTrue;
    private final List<Set<String>> blanks;

    private Marking(ItemKind kind, Set<String> correctChoices, Boolean answerTrue, List<Set<String>> blanks) {
        this.kind = kind;
        this.correctChoices = correctChoices;
        this.answerTrue = answerTrue;
        this.blanks = blanks;
    }

    static Marking of(Item item) {
        Set<String> choices = new HashSet<>();
        item.correct().forEach(i -> choices.add(String.valueOf(i)));
        List<Set<String>> accepted = item.blanks().stream()
                .map(b -> Set.copyOf(b.stream().map(Marking::normalised).toList())).toList();
        return new Marking(item.kind(), choices, item.answerTrue(), accepted);
    }

    /** The mark of a response, or null for a short answer (the teacher marks it). */
    Mark mark(List<String> response, BigDecimal full) {
        List<String> given = response == null ? List.of() : response;
        return switch (kind) {
            case SINGLE_CHOICE -> all(given.size() == 1 && correctChoices.contains(given.get(0).trim()), full);
            case MULTIPLE_CHOICE -> multiple(given, full);
            case TRUE_FALSE -> all(given.size() == 1 && answerTrue != null
                    && String.valueOf(answerTrue).equals(given.get(0).trim()), full);
            case FILL_IN -> fillIn(given, full);
            case SHORT_ANSWER -> null;
        };
    }

    private Mark multiple(List<String> given, BigDecimal full) {
        Set<String> picked = new HashSet<>();
        given.forEach(g -> picked.add(g.trim()));
        if (picked.isEmpty() || !correctChoices.containsAll(picked)) {
            return new Mark(BigDecimal.ZERO, false);
        }
        if (picked.size() == correctChoices.size()) {
            return new Mark(full, true);
        }
        return new Mark(down(full.divide(BigDecimal.valueOf(2))), false);
    }

    private Mark fillIn(List<String> given, BigDecimal full) {
        int right = 0;
        for (int i = 0; i < blanks.size(); i++) {
            if (i < given.size() && given.get(i) != null && blanks.get(i).contains(normalised(given.get(i)))) {
                right++;
            }
        }
        if (right == blanks.size()) {
            return new Mark(full, true);
        }
        return new Mark(down(full.multiply(BigDecimal.valueOf(right))
                .divide(BigDecimal.valueOf(blanks.size()), 4, RoundingMode.DOWN)), false);
    }

    private static Mark all(boolean right, BigDecimal full) {
        return right ? new Mark(full, true) : new Mark(BigDecimal.ZERO, false);
    }

    private static BigDecimal down(BigDecimal points) {
        return points.setScale(1, RoundingMode.DOWN);
    }

    /** Full-width made half-width (NFKC, which also turns the ideographic space into a space), spaces collapsed. */
    static String normalised(String answer) {
        return SPACES.matcher(Normalizer.normalize(answer, Normalizer.Form.NFKC)).replaceAll(" ").strip();
    }
}
