package org.renrentong.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a {@link SearchQuery} into Lucene queries. User text is never parsed as query syntax: it is analysed into
 * words, and every word must occur in the title, the keywords or the description (title and keywords weigh more).
 */
final class QueryTranslation {

    private static final float TITLE_BOOST = 3f;
    private static final float KEYWORDS_BOOST = 2f;
    private static final float TITLE_PHRASE_BOOST = 2f;
    private static final float EXACT_KEYWORD_BONUS = 5f;
    private static final float TIE_BREAKER = 0.1f;
    private static final float BIGRAMS_BOOST = 0.5f;

    private final Analyzer analyzer;
    private final QueryBuilder queryBuilder;

    QueryTranslation(Analyzer analyzer) {
        this.analyzer = analyzer;
        this.queryBuilder = new QueryBuilder(analyzer);
    }

    /** The text, and the textbook node as a filter: few documents sit under a node, so the search leaps between them. */
    Query query(SearchQuery q) {
        if (q.placeId() == null) {
            return text(q.text());
        }
        Query place = LongPoint.newExactQuery(IndexedFields.PLACE, q.placeId());
        if (q.text().isEmpty()) {
            return new ConstantScoreQuery(place);
        }
        return new BooleanQuery.Builder().add(text(q.text()), Occur.MUST).add(place, Occur.FILTER).build();
    }

    /**
     * The text part: every smartcn word in some field, or every character bigram in the title or in a keyword; a
     * phrase in the title and an exact keyword count extra.
     */
    private Query text(String text) {
        if (text.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
        Set<String> words = words(text);
        if (!words.isEmpty()) {
            BooleanQuery.Builder allWords = new BooleanQuery.Builder();
            for (String word : words) {
                allWords.add(new DisjunctionMaxQuery(List.of(
                        new BoostQuery(new TermQuery(new Term(IndexedFields.TITLE, word)), TITLE_BOOST),
                        new BoostQuery(new TermQuery(new Term(IndexedFields.KEYWORDS, word)), KEYWORDS_BOOST),
                        new TermQuery(new Term(IndexedFields.DESCRIPTION, word))), TIE_BREAKER), Occur.MUST);
            }
            query.add(allWords.build(), Occur.SHOULD);
        }
        List<Query> bigramMatches = new ArrayList<>();
        for (String field : IndexedFields.BIGRAM_FIELDS) {
            Query all = queryBuilder.createBooleanQuery(field + IndexedFields.BIGRAMS, text, Occur.MUST);
            if (all != null) {
                bigramMatches.add(all);
            }
        }
        if (!bigramMatches.isEmpty()) {
            query.add(new BoostQuery(new DisjunctionMaxQuery(bigramMatches, TIE_BREAKER), BIGRAMS_BOOST), Occur.SHOULD);
        }
        if (words.size() > 1) {
            Query phrase = queryBuilder.createPhraseQuery(IndexedFields.TITLE, text);
            if (phrase != null) {
                query.add(new BoostQuery(phrase, TITLE_PHRASE_BOOST), Occur.SHOULD);
            }
        }
        // a flat bonus: how rare the keyword is says nothing about how well it names what was asked for
        query.add(new BoostQuery(new ConstantScoreQuery(
                new TermQuery(new Term(IndexedFields.KEYWORD, IndexedFields.normalise(text)))),
                EXACT_KEYWORD_BONUS), Occur.SHOULD);
        return query.build();
    }

    /** Null means by relevance. */
    static Sort sort(SearchQuery q) {
        SearchSort sort = q.sort() == SearchSort.RELEVANCE && q.text().isEmpty() ? SearchSort.NEWEST : q.sort();
        SortField newest = new SortField(IndexedFields.PUBLISHED, SortField.Type.LONG, true);
        switch (sort) {
            case NEWEST:
                return new Sort(newest);
            case MOST_USED:
                return new Sort(new SortField(IndexedFields.USES, SortField.Type.LONG, true), newest);
            case BEST_RATED:
                return new Sort(new SortField(IndexedFields.RATING, SortField.Type.DOUBLE, true),
                        new SortField(IndexedFields.USES, SortField.Type.LONG, true), newest);
            default:
                return null;
        }
    }

    /** The words of the text as typed (not stemmed or normalised), for marking them in hits. */
    List<String> typedWords(String text) {
        List<String> typed = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(IndexedFields.TITLE, text)) {
            OffsetAttribute offsets = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                typed.add(text.substring(offsets.startOffset(), offsets.endOffset()));
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return typed;
    }

    private Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream(IndexedFields.TITLE, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                words.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
