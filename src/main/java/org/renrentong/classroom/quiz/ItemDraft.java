package org.renrentong.classroom.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.renrentong.shared.DomainException;

/**
 * What a teacher writes for an item, before it is checked: the stem and, by kind, the choices with the indexes
 * (from 0) of the correct ones, the truth of a statement, the accepted answers of each blank, or a reference answer
 * for the teacher who marks a short answer. Formulas stay LaTeX between {@code \( … \)} in the text. Not shared
 * unless said so.
 */
public record ItemDraft(ItemKind kind, String subjectCode, Long nodeId, String stem, List<String> choices,
                        List<Integer> correct, Boolean answerTrue, List<List<String>> blanks, String guidance,
                        Boolean shared) {

    static final int MAX_STEM = 5000;
    static final int MAX_CHOICES = 8;
    static final int MAX_BLANKS = 10;
    static final int MAX_ANSWER = 200;

    /** The draft cleaned (trimmed, empties dropped) and checked, or the reason it cannot be kept. */
    public ItemDraft checked() {
        if (kind == null) {
            throw DomainException.invalid("quiz.item.kind.required");
        }
        String cleanStem = text(stem);
        if (cleanStem.isEmpty()) {
            throw DomainException.invalid("quiz.item.stem.required");
        }
        if (cleanStem.length() > MAX_STEM) {
            throw DomainException.invalid("quiz.item.stem.tooLong", MAX_STEM);
        }
        if (subjectCode == null || subjectCode.isBlank() || subjectCode.length() > 16) {
            throw DomainException.invalid("quiz.item.subject.required");
        }
        List<String> cleanChoices = List.of();
        List<Integer> cleanCorrect = List.of();
        Boolean truth = null;
        List<List<String>> cleanBlanks = List.of();
        switch (kind) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                cleanChoices = cleaned(choices);
                if (cleanChoices.size() < 2 || cleanChoices.size() > MAX_CHOICES) {
                    throw DomainException.invalid("quiz.item.choices.count", 2, MAX_CHOICES);
                }
                TreeSet<Integer> picked = new TreeSet<>(correct == null ? List.of()
                        : correct.stream().filter(Objects::nonNull).toList());
                if (picked.isEmpty()) {
                    throw DomainException.invalid("quiz.item.correct.required");
                }
                if (picked.first() < 0 || picked.last() >= cleanChoices.size()) {
                    throw DomainException.invalid("quiz.item.correct.unknown");
                }
                if (kind == ItemKind.SINGLE_CHOICE && picked.size() != 1) {
                    throw DomainException.invalid("quiz.item.correct.single");
                }
                cleanCorrect = List.copyOf(picked);
            }
            case TRUE_FALSE -> {
                if (answerTrue == null) {
                    throw DomainException.invalid("quiz.item.correct.required");
                }
                truth = answerTrue;
            }
            case FILL_IN -> {
                List<List<String>> out = new ArrayList<>();
                for (List<String> blank : blanks == null ? List.<List<String>>of() : blanks) {
                    List<String> accepted = cleaned(blank);
                    if (accepted.isEmpty()) {
                        throw DomainException.invalid("quiz.item.correct.required");
                    }
                    out.add(accepted);
                }
                if (out.isEmpty()) {
                    throw DomainException.invalid("quiz.item.correct.required");
                }
                if (out.size() > MAX_BLANKS) {
                    throw DomainException.invalid("quiz.item.blanks.tooMany", MAX_BLANKS);
                }
                cleanBlanks = List.copyOf(out);
            }
            case SHORT_ANSWER -> {
            }
        }
        String cleanGuidance = text(guidance);
        if (cleanGuidance.length() > MAX_STEM) {
            throw DomainException.invalid("quiz.item.stem.tooLong", MAX_STEM);
        }
        return new ItemDraft(kind, subjectCode.trim(), nodeId, cleanStem, cleanChoices, cleanCorrect, truth,
                cleanBlanks, cleanGuidance.isEmpty() ? null : cleanGuidance, Boolean.TRUE.equals(shared));
    }

    private static List<String> cleaned(List<String> values) {
        List<String> out = new ArrayList<>();
        for (String v : values == null ? List.<String>of() : values) {
            String t = text(v);
            if (t.length() > MAX_ANSWER * 5) {
                throw DomainException.invalid("quiz.item.answer.tooLong", MAX_ANSWER * 5);
            }
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** Plain text: control characters (which PostgreSQL may refuse) dropped, line breaks kept. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("\r\n", "\n").replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "").strip();
    }
}
