package org.renrentong.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * What a search needs to know of every document of one segment, read once when the segment first appears: its
 * facet values as {@link FacetLabels} numbers and its visibility. Counting and filtering by plain array look-ups is
 * what keeps a search over hundreds of thousands of hits fast; the facet doc values and the visibility postings
 * this comes from would be decoded again for every hit of every search. Segments never change, so neither does
 * this; about 25 bytes a document.
 */
final class SegmentColumns {

    static final int NONE = -1;
    /** The document has several values of the facet; they are in {@link #several}. */
    static final int SEVERAL = -2;

    static final int FACETS = Facet.values().length;

    /**
     * Document by document, the value of each facet in turn (a label number, {@link #NONE} or {@link #SEVERAL}):
     * one document's values share a cache line.
     */
    final int[] values;
    private final Map<Integer, int[]>[] several;
    final FixedBitSet publicDocs;
    final FixedBitSet signedInDocs;
    final FixedBitSet organisationDocs;

    @SuppressWarnings("unchecked")
    private SegmentColumns(LeafReader reader) throws IOException {
        int maxDoc = reader.maxDoc();
        values = new int[maxDoc * FACETS];
        Arrays.fill(values, NONE);
        several = new Map[FACETS];
        Arrays.setAll(several, facet -> new HashMap<>());
        publicDocs = docsWith(reader, ResourceDocument.PUBLIC);
        signedInDocs = docsWith(reader, ResourceDocument.SIGNED_IN);
        organisationDocs = docsWith(reader, ResourceDocument.ORGANISATION);
    }

    static SegmentColumns read(LeafReader reader, FacetLabels labels) throws IOException {
        SegmentColumns columns = new SegmentColumns(reader);
        SortedSetDocValues dv = reader.getSortedSetDocValues(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        if (dv != null) {
            columns.readFacets(dv, labels);
        }
        return columns;
    }

    /** The value of the facet for a document: a label number, {@link #NONE} or {@link #SEVERAL}. */
    int value(int facet, int doc) {
        return values[doc * FACETS + facet];
    }

    int[] values(int facet, int doc) {
        return several[facet].get(doc);
    }

    private void readFacets(SortedSetDocValues dv, FacetLabels labels) throws IOException {
        // a segment's ordinal stands for "facet + value"; turn each into the facet and its label number once
        int[] facetOf = new int[Math.toIntExact(dv.getValueCount())];
        int[] numberOf = new int[facetOf.length];
        for (int ord = 0; ord < facetOf.length; ord++) {
            String[] path = FacetsConfig.stringToPath(dv.lookupOrd(ord).utf8ToString());
            Facet facet = path.length == 2 ? facet(path[0]) : null;
            facetOf[ord] = facet == null ? NONE : facet.ordinal();
            numberOf[ord] = facet == null ? NONE : labels.number(facet, path[1]);
        }
        for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
            for (int i = 0, n = dv.docValueCount(); i < n; i++) {
                int ord = (int) dv.nextOrd();
                if (facetOf[ord] != NONE) {
                    add(facetOf[ord], doc, numberOf[ord]);
                }
            }
        }
    }

    private void add(int facet, int doc, int number) {
        int at = doc * FACETS + facet;
        if (values[at] == NONE) {
            values[at] = number;
        } else if (values[at] == SEVERAL) {
            int[] known = several[facet].get(doc);
            int[] more = Arrays.copyOf(known, known.length + 1);
            more[known.length] = number;
            several[facet].put(doc, more);
        } else {
            several[facet].put(doc, new int[] {values[at], number});
            values[at] = SEVERAL;
        }
    }

    private static Facet facet(String name) {
        for (Facet facet : Facet.values()) {
            if (facet.name().equals(name)) {
                return facet;
            }
        }
        return null;
    }

    private static FixedBitSet docsWith(LeafReader reader, String visibility) throws IOException {
        FixedBitSet docs = new FixedBitSet(reader.maxDoc());
        PostingsEnum postings = reader.postings(new Term(IndexedFields.VISIBILITY, visibility), PostingsEnum.NONE);
        if (postings != null) {
            docs.or(postings);
        }
        return docs;
    }
}
