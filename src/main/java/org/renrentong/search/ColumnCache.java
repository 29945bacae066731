package org.renrentong.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;

/** The {@link SegmentColumns} of every open segment, read on first use and dropped when the segment closes. */
final class ColumnCache {

    private final FacetLabels labels = new FacetLabels();
    private final Map<IndexReader.CacheKey, SegmentColumns> bySegment = new ConcurrentHashMap<>();

    FacetLabels labels() {
        return labels;
    }

    SegmentColumns of(LeafReaderContext leaf) throws IOException {
        IndexReader.CacheHelper segment = leaf.reader().getCoreCacheHelper();
        if (segment == null) {
            return SegmentColumns.read(leaf.reader(), labels);
        }
        SegmentColumns known = bySegment.get(segment.getKey());
        if (known == null) {
            SegmentColumns read = SegmentColumns.read(leaf.reader(), labels);
            known = bySegment.putIfAbsent(segment.getKey(), read);
            if (known == null) {
                segment.addClosedListener(bySegment::remove);
                known = read;
            }
        }
        return known;
    }
}
