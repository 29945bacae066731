package org.renrentong.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;

/**
 * One search against one searcher: hits in order, facet counts drill-sideways, the page marked up; asked again, the
 * searcher's earlier answer.
 */
final class Searching {

    /** Enough values for the longest facet (grades, subjects); the page shows the most frequent. */
    private static final int FACET_VALUES = 50;
    private static final Set<String> HIT_FIELDS = Set.of(IndexedFields.ID, IndexedFields.TITLE, IndexedFields.DESCRIPTION);

    private final FacetsConfig facetsConfig;
    private final QueryTranslation translation;

    Searching(Analyzer analyzer, FacetsConfig facetsConfig) {
        this.facetsConfig = facetsConfig;
        this.translation = new QueryTranslation(analyzer, facetsConfig);
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
        DrillDownQuery query = translation.drillDown(q, translation.text(q.text()));
        int window = (q.page() + 1) * q.size();
        Sort sort = QueryTranslation.sort(q);
        Highlights highlights = new Highlights(translation.typedWords(q.text()));
        if (searcher.facetState == null) { // nothing indexed carries a facet value yet: nothing to count
            TopDocs top = sort == null ? searcher.search(query, window) : searcher.search(query, window, sort, false);
            return new SearchHits(searcher.count(query), page(searcher, highlights, top, q.page() * q.size()),
                    emptyFacets(), 0);
        }
        DrillSideways sideways = new DrillSideways(searcher, facetsConfig, searcher.facetState);
        DrillSideways.DrillSidewaysResult result = sort == null
                ? sideways.search(query, window)
                : sideways.search(query, null, null, window, sort, false); // no scores: nothing orders by them
        List<SearchHit> hits = page(searcher, highlights, result.hits, q.page() * q.size());
        return new SearchHits(result.hits.totalHits.value, hits, facets(result), 0);
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

    private static Map<Facet, List<FacetCount>> facets(DrillSideways.DrillSidewaysResult result) throws IOException {
        Map<Facet, List<FacetCount>> facets = emptyFacets();
        for (FacetResult dim : result.facets.getAllDims(FACET_VALUES)) {
            if (dim == null) {
                continue; // a filtered facet with nothing to count sideways
            }
            List<FacetCount> counts = new ArrayList<>(dim.labelValues.length);
            for (LabelAndValue value : dim.labelValues) {
                counts.add(new FacetCount(value.label, value.value.longValue()));
            }
            facets.put(Facet.valueOf(dim.dim), List.copyOf(counts));
        }
        return facets;
    }

    private static Map<Facet, List<FacetCount>> emptyFacets() {
        Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            facets.put(facet, List.of());
        }
        return facets;
    }

    private static long micros(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000;
    }
}
