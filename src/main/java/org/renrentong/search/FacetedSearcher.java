package org.renrentong.search;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher that carries the answers it has given. Opening one reads the columns of segments new to it, so the
 * first search after a write does not pay for that.
 */
final class FacetedSearcher extends IndexSearcher {

    final ColumnCache columns;
    final SearchCache answers = new SearchCache();

    private FacetedSearcher(IndexReader reader, ColumnCache columns) throws IOException {
        super(reader);
        this.columns = columns;
        for (LeafReaderContext leaf : reader.leaves()) {
            columns.of(leaf);
        }
    }

    static SearcherFactory factory(ColumnCache columns) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                return new FacetedSearcher(reader, columns);
            }
        };
    }
}
