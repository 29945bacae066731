package org.renrentong.search;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher that carries the facet ordinals of its reader, built once per reopen rather than once per search,
 * and the answers it has given.
 */
final class FacetedSearcher extends IndexSearcher {

    /** Null while no document of the reader carries a facet value. */
    final SortedSetDocValuesReaderState facetState;
    final SearchCache answers = new SearchCache();

    private FacetedSearcher(IndexReader reader, FacetsConfig config) throws IOException {
        super(reader);
        boolean hasFacets = FieldInfos.getMergedFieldInfos(reader)
                .fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null;
        facetState = hasFacets ? new DefaultSortedSetDocValuesReaderState(reader, config) : null;
    }

    static SearcherFactory factory(FacetsConfig config) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                return new FacetedSearcher(reader, config);
            }
        };
    }
}
