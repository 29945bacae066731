package org.renrentong.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.springframework.web.util.HtmlUtils;

/**
 * The marked-up title and description snippet of a page of hits. The formatter HTML-escapes the stored text
 * and wraps matched words in {@code <mark>}, so the result is safe to render as HTML.
 */
final class Highlights {

    private static final int SNIPPET_LENGTH = 80;
    private static final String[] TITLE = {IndexedFields.TITLE};
    private static final String[] DESCRIPTION = {IndexedFields.DESCRIPTION};

    private final String[] titles;
    private final String[] snippets;

    private Highlights(String[] titles, String[] snippets) {
        this.titles = titles;
        this.snippets = snippets;
    }

    static Highlights of(IndexSearcher searcher, Analyzer analyzer, Query text, int[] docIds) throws IOException {
        int[] onePassage = new int[] {1};
        String[] titles = highlighter(searcher, analyzer, new WholeBreakIterator())
                .highlightFields(TITLE, text, docIds, onePassage).get(IndexedFields.TITLE);
        BreakIterator sentences = LengthGoalBreakIterator.createClosestToLength(
                BreakIterator.getSentenceInstance(Locale.CHINA), SNIPPET_LENGTH, 0.5f);
        String[] snippets = highlighter(searcher, analyzer, sentences)
                .highlightFields(DESCRIPTION, text, docIds, onePassage).get(IndexedFields.DESCRIPTION);
        return new Highlights(titles, snippets);
    }

    /** The title of the i-th hit, marked up; the plain title escaped when the highlighter has nothing. */
    String title(int i, String plain) {
        return titles[i] != null ? titles[i] : HtmlUtils.htmlEscape(plain);
    }

    String snippet(int i) {
        return snippets[i] != null ? snippets[i] : "";
    }

    private static UnifiedHighlighter highlighter(IndexSearcher searcher, Analyzer analyzer, BreakIterator breaks) {
        return UnifiedHighlighter.builder(searcher, analyzer)
                .withMaskedFieldsFunc(field -> Set.of(field + IndexedFields.BIGRAMS))
                .withBreakIterator(() -> (BreakIterator) breaks.clone())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .build();
    }
}
