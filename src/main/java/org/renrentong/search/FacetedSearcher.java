package org.renrentong.search;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executor;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher that carries the answers it has given. Opening one reads the columns of segments new to it, so the
 * first search after a write does not pay for that. Given an executor, one search covers its slices of segments
 * on several cores at once: a search through hundreds of thousands of hits then ends in a fraction of the time.
 */
final class FacetedSearcher extends IndexSearcher {

    /** Below this a slice is not worth a thread of its own. */
    static final int MIN_SLICE_DOCS = 50_000;
    private static final int MAX_SEGMENTS_PER_SLICE = 10;

    final ColumnCache columns;
    final SearchCache answers = new SearchCache();
    private final int minSliceDocs;

    private FacetedSearcher(IndexReader reader, ColumnCache columns, Executor executor, int minSliceDocs)
            throws IOException {
        super(reader, executor);
        this.columns = columns;
        this.minSliceDocs = minSliceDocs;
        for (LeafReaderContext leaf : reader.leaves()) {
            columns.of(leaf);
        }
    }

    /** Slices of about equal size, one per core, instead of Lucene's fixed 250,000 documents a slice. */
    @Override
    protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
        long docs = leaves.stream().mapToLong(leaf -> leaf.reader().maxDoc()).sum();
        int perSlice = (int) Math.max(minSliceDocs, docs / Runtime.getRuntime().availableProcessors() + 1);
        return slices(leaves, perSlice, MAX_SEGMENTS_PER_SLICE);
    }

    static SearcherFactory factory(ColumnCache columns, Executor executor, int minSliceDocs) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
                return new FacetedSearcher(reader, columns, executor, minSliceDocs);
            }
        };
    }
}
