package org.renrentong.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The filters of one search that are checked per matching document rather than as query clauses: who may see it
 * and the facet values chosen. Visibility lets most documents through, so as a clause it would only slow the text
 * disjunction down (Lucene scores a disjunction on its own window by window, its fastest way); facet filters must
 * see the documents they reject, to count them sideways.
 */
final class SearchFilters {

    /** Per facet, which label numbers were chosen; null for a facet without a filter. */
    final boolean[][] chosen = new boolean[Facet.values().length][];
    /** The facets with a filter. */
    final int[] filtered;
    private final Viewer viewer;
    private final Weight organisations;

    SearchFilters(SearchQuery q, FacetLabels labels, IndexSearcher searcher) throws IOException {
        for (Map.Entry<Facet, Set<String>> filter : q.filters().entrySet()) {
            Facet facet = filter.getKey();
            boolean[] values = new boolean[labels.size(facet)];
            for (String value : filter.getValue()) {
                int number = labels.find(facet, value);
                if (number >= 0 && number < values.length) {
                    values[number] = true;
                }
            }
            chosen[facet.ordinal()] = values;
        }
        this.filtered = q.filters().keySet().stream().mapToInt(Facet::ordinal).sorted().toArray();
        this.viewer = q.viewer();
        this.organisations = viewer.organisationIds().isEmpty() ? null : weight(searcher,
                LongPoint.newSetQuery(IndexedFields.ORGANISATION, new ArrayList<>(viewer.organisationIds())));
    }

    /** The documents of the segment the viewer may see. */
    Bits visible(LeafReaderContext leaf, SegmentColumns columns) throws IOException {
        FixedBitSet everyone = columns.publicDocs;
        if (!viewer.signedIn()) {
            return everyone;
        }
        FixedBitSet signedIn = columns.signedInDocs;
        FixedBitSet own = organisations == null ? null : docs(organisations, leaf);
        FixedBitSet organisation = columns.organisationDocs;
        return new Bits() {
            @Override
            public boolean get(int doc) {
                return everyone.get(doc) || signedIn.get(doc) || own != null && organisation.get(doc) && own.get(doc);
            }

            @Override
            public int length() {
                return everyone.length();
            }
        };
    }

    private static Weight weight(IndexSearcher searcher, Query query) throws IOException {
        return searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    }

    private static FixedBitSet docs(Weight weight, LeafReaderContext leaf) throws IOException {
        FixedBitSet docs = new FixedBitSet(leaf.reader().maxDoc());
        Scorer scorer = weight.scorer(leaf);
        if (scorer != null) {
            docs.or(scorer.iterator());
        }
        return docs;
    }
}
