package org.renrentong.search;

import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * Marks the words of the query in a title or a description snippet: the text is HTML-escaped and every occurrence
 * of a query word is wrapped in {@code <mark>}, so the result is safe to render as HTML. Words are matched as
 * they were typed, not as the index cut them, which is also how a reader sees them.
 */
final class Highlights {

    static final int SNIPPET_LENGTH = 80;
    /** How far before the first match a snippet may start, to begin at a sentence or give some context. */
    private static final int LEAD = 24;
    private static final String SENTENCE_ENDS = "。！？；!?;\n";

    private final List<String> words;

    /** Single characters are marked only when nothing longer was asked for: 的 or 和 would mark half the text. */
    Highlights(List<String> queryWords) {
        boolean hasLonger = queryWords.stream().anyMatch(word -> word.length() > 1);
        this.words = queryWords.stream()
                .filter(word -> !word.isBlank() && (word.length() > 1 || !hasLonger))
                .map(word -> word.toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
    }

    String title(String title) {
        return mark(title, 0, title.length());
    }

    /** About {@value #SNIPPET_LENGTH} characters of the description, around the first match if there is one. */
    String snippet(String description) {
        if (description.length() <= SNIPPET_LENGTH) {
            return mark(description, 0, description.length());
        }
        int first = firstMatch(description.toLowerCase(Locale.ROOT));
        int start = 0;
        if (first > LEAD) {
            start = first - LEAD;
            for (int i = first - 1; i > start; i--) {
                if (SENTENCE_ENDS.indexOf(description.charAt(i)) >= 0) {
                    start = i + 1;
                    break;
                }
            }
        }
        int end = Math.min(description.length(), start + SNIPPET_LENGTH);
        return (start > 0 ? "…" : "") + mark(description, start, end) + (end < description.length() ? "…" : "");
    }

    private int firstMatch(String lower) {
        int first = -1;
        for (String word : words) {
            int at = lower.indexOf(word);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return Math.max(first, 0);
    }

    private String mark(String text, int start, int end) {
        boolean[] marked = new boolean[end - start];
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() != text.length()) {
            lower = text; // a case mapping that changes length would shift positions; match exact case instead
        }
        for (String word : words) {
            for (int at = lower.indexOf(word, start); at >= 0 && at < end; at = lower.indexOf(word, at + 1)) {
                for (int i = at; i < Math.min(at + word.length(), end); i++) {
                    marked[i - start] = true;
                }
            }
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = start;
        while (i < end) {
            int run = i;
            while (run < end && marked[run - start] == marked[i - start]) {
                run++;
            }
            String escaped = HtmlUtils.htmlEscape(text.substring(i, run));
            out.append(marked[i - start] ? "<mark>" + escaped + "</mark>" : escaped);
            i = run;
        }
        return out.toString();
    }
}
