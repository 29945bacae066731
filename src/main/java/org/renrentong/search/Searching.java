package org.renrentong.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * One search against one searcher: hits in order, facet counts drill-sideways, the page marked up; asked again, the
 * searcher's earlier answer.
 */
final class Searching {

    /** Enough values for the longest facet (grades, subjects); the page shows the most frequent. */
    private static final int FACET_VALUES = 50;
    private static final Set<String> HIT_FIELDS = Set.of(IndexedFields.ID, IndexedFields.TITLE, IndexedFields.DESCRIPTION);

    private static final Comparator<FacetCount> BY_COUNT = Comparator.comparingLong(FacetCount::count).reversed()
            .thenComparing(FacetCount::value);

    private final QueryTranslation translation;

    Searching(Analyzer analyzer) {
        this.translation = new QueryTranslation(analyzer);
    }

    SearchHits search(FacetedSearcher searcher, SearchQuery q, long startNanos) throws IOException {
        SearchHits known = searcher.answers.get(q);
        if (known == null) {
            known = answer(searcher, q);
            searcher.answers.put(q, known);
        }
        return new SearchHits(known.total(), known.hits(), known.facets(), micros(startNanos));
    }

    /** The answer, its time left at 0 for the caller to fill in. */
    private SearchHits answer(FacetedSearcher searcher, SearchQuery q) throws IOException {
        Query query = translation.query(q);
        SearchFilters filters = new SearchFilters(q, searcher.columns.labels(), searcher);
        int window = (q.page() + 1) * q.size();
        Sort sort = QueryTranslation.sort(q);
        // the threshold says every hit counts, so the collectors never let the query skip documents
        FacetingCollector.Collected collected = searcher.search(query, sort == null
                ? FacetingCollector.manager(new TopScoreDocCollectorManager(window, null, Integer.MAX_VALUE, true),
                        searcher.columns, filters)
                : FacetingCollector.manager(new TopFieldCollectorManager(sort, window, null, Integer.MAX_VALUE, true),
                        searcher.columns, filters));
        Highlights highlights = new Highlights(translation.typedWords(q.text()));
        List<SearchHit> hits = page(searcher, highlights, collected.top(), q.page() * q.size());
        return new SearchHits(collected.total(), hits, facets(collected.counts(), searcher.columns.labels()), 0);
    }

    private static List<SearchHit> page(FacetedSearcher searcher, Highlights highlights, TopDocs top, int from)
            throws IOException {
        int count = Math.max(0, top.scoreDocs.length - from);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ScoreDoc scoreDoc = top.scoreDocs[from + i];
            var doc = stored.document(scoreDoc.doc, HIT_FIELDS);
            String title = doc.get(IndexedFields.TITLE);
            float score = Float.isNaN(scoreDoc.score) ? 0f : scoreDoc.score;
            hits.add(new SearchHit(Long.parseLong(doc.get(IndexedFields.ID)), score, title,
                    highlights.title(title), highlights.snippet(doc.get(IndexedFields.DESCRIPTION))));
        }
        return hits;
    }

    /** Per facet its values that count at least one hit, the most frequent first (then by value). */
    private static Map<Facet, List<FacetCount>> facets(long[][] counts, FacetLabels labels) {
        Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            long[] byLabel = counts[facet.ordinal()];
            List<FacetCount> values = new ArrayList<>();
            for (int label = 0; label < byLabel.length; label++) {
                if (byLabel[label] > 0) {
                    values.add(new FacetCount(labels.label(facet, label), byLabel[label]));
                }
            }
            values.sort(BY_COUNT);
            facets.put(facet, List.copyOf(values.subList(0, Math.min(values.size(), FACET_VALUES))));
        }
        return facets;
    }

    private static long micros(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000;
    }
}
