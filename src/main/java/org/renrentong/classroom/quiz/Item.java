package org.renrentong.classroom.quiz;

import java.util.List;

/** An item of the bank as its teachers see it, answer key included. */
public record Item(long id, long ownerId, String ownerName, Long schoolId, boolean shared, String subjectCode,
                   Long nodeId, ItemKind kind, String stem, List<String> choices, List<Integer> correct,
                   Boolean answerTrue, List<List<String>> blanks, String guidance, Long imageFileId,
                   boolean retired) {

    /** The item as a draft, to copy or to edit. */
    public ItemDraft draft() {
        return new ItemDraft(kind, subjectCode, nodeId, stem, choices, correct, answerTrue, blanks, guidance, shared);
    }

    /** The letter of a choice: A, B, C … */
    public static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }

    /** The key as a teacher reads it: "AC", "对", or the accepted answers of each blank. */
    public String keyText() {
        return switch (kind) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> String.join("", correct.stream().map(Item::letter).toList());
            case TRUE_FALSE -> Boolean.TRUE.equals(answerTrue) ? "√" : "×";
            case FILL_IN -> String.join("；", blanks.stream().map(b -> String.join(" | ", b)).toList());
            case SHORT_ANSWER -> guidance == null ? "" : guidance;
        };
    }
}
