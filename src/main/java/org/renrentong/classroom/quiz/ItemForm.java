package org.renrentong.classroom.quiz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.renrentong.shared.DomainException;

/**
 * What the item page sends: the choices one per line, and the answer as a teacher writes it — the letters of the
 * correct choices ("AC"), 对 or 错 for a statement, one line per blank with accepted answers separated by "|", or a
 * reference answer for a short answer.
 */
public record ItemForm(ItemKind kind, String subjectCode, Long nodeId, String stem, String choices, String answer,
                       boolean shared) {

    static ItemForm of(Item item) {
        String answer = switch (item.kind()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> item.keyText();
            case TRUE_FALSE -> Boolean.TRUE.equals(item.answerTrue()) ? "对" : "错";
            case FILL_IN -> String.join("\n", item.blanks().stream().map(b -> String.join(" | ", b)).toList());
            case SHORT_ANSWER -> item.guidance() == null ? "" : item.guidance();
        };
        return new ItemForm(item.kind(), item.subjectCode(), item.nodeId(), item.stem(),
                String.join("\n", item.choices()), answer, item.shared());
    }

    static ItemForm empty() {
        return new ItemForm(ItemKind.SINGLE_CHOICE, null, null, "", "", "", false);
    }

    ItemDraft draft() {
        List<String> choiceList = lines(choices);
        String key = answer == null ? "" : Marking.normalised(answer);
        List<Integer> correct = new ArrayList<>();
        Boolean truth = null;
        List<List<String>> blanks = new ArrayList<>();
        String guidance = null;
        if (kind != null) {
            switch (kind) {
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                    for (char c : key.toUpperCase(Locale.ROOT).toCharArray()) {
                        if (Character.isLetter(c)) {
                            correct.add(c - 'A');
                        } else if (!Character.isWhitespace(c) && c != ',' && c != '、') {
                            throw DomainException.invalid("quiz.item.correct.unknown");
                        }
                    }
                }
                case TRUE_FALSE -> truth = truth(key);
                case FILL_IN -> lines(answer).forEach(line -> blanks.add(Arrays.stream(line.split("\\|"))
                        .map(String::strip).filter(s -> !s.isEmpty()).toList()));
                case SHORT_ANSWER -> guidance = answer;
            }
        }
        return new ItemDraft(kind, subjectCode, nodeId, stem, choiceList, correct, truth, blanks, guidance, shared);
    }

    private static Boolean truth(String key) {
        return switch (key.toLowerCase(Locale.ROOT)) {
            case "对", "√", "正确", "t", "true", "是" -> true;
            case "错", "×", "错误", "f", "false", "否" -> false;
            default -> null;
        };
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
