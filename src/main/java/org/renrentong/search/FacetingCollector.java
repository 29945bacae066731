package org.renrentong.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;

/**
 * Collects a search in one pass over the documents its query matches. A document the viewer may not see is passed
 * over. One that passes every facet filter is a hit: it goes to the top-hits
 * collector and counts in every facet. One that fails a single facet filter counts in that facet alone — the
 * sideways count that keeps the other values of a filtered facet selectable, with the numbers they would give.
 */
final class FacetingCollector implements Collector {

    /** What a search collected: the page window of hits, their number, and per facet the count of each label. */
    record Collected(TopDocs top, long total, long[][] counts) {
    }

    private final Collector top;
    private final ColumnCache columns;
    private final SearchFilters filters;
    private final long[][] counts = new long[Facet.values().length][];
    private long total;

    private FacetingCollector(Collector top, ColumnCache columns, SearchFilters filters) {
        this.top = top;
        this.columns = columns;
        this.filters = filters;
        Arrays.setAll(counts, facet -> new long[0]);
    }

    static <C extends Collector, T extends TopDocs> CollectorManager<FacetingCollector, Collected> manager(
            CollectorManager<C, T> topManager, ColumnCache columns, SearchFilters filters) {
        return new CollectorManager<>() {
            private final List<C> tops = new ArrayList<>();

            @Override
            public FacetingCollector newCollector() throws IOException {
                C top = topManager.newCollector();
                tops.add(top);
                return new FacetingCollector(top, columns, filters);
            }

            @Override
            public Collected reduce(Collection<FacetingCollector> collectors) throws IOException {
                long[][] sums = new long[Facet.values().length][0];
                long total = 0;
                for (FacetingCollector collector : collectors) {
                    total += collector.total;
                    for (int facet = 0; facet < sums.length; facet++) {
                        long[] add = collector.counts[facet];
                        sums[facet] = Arrays.copyOf(sums[facet], Math.max(sums[facet].length, add.length));
                        for (int label = 0; label < add.length; label++) {
                            sums[facet][label] += add[label];
                        }
                    }
                }
                return new Collected(topManager.reduce(tops), total, sums);
            }
        };
    }

    @Override
    public ScoreMode scoreMode() {
        // never TOP_SCORES: every match must be seen to be counted, so no clause may skip ahead
        return top.scoreMode().needsScores() ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext leaf) throws IOException {
        SegmentColumns segment = columns.of(leaf);
        for (Facet facet : Facet.values()) {
            int labels = columns.labels().size(facet);
            if (counts[facet.ordinal()].length < labels) {
                counts[facet.ordinal()] = Arrays.copyOf(counts[facet.ordinal()], labels);
            }
        }
        Bits visible = filters.visible(leaf, segment);
        int[] filtered = filters.filtered;
        LeafCollector hits = top.getLeafCollector(leaf);
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) throws IOException {
                hits.setScorer(scorer);
            }

            @Override
            public void collect(int doc) throws IOException {
                if (!visible.get(doc)) {
                    return;
                }
                int failed = -1;
                for (int facet : filtered) {
                    if (!chosen(segment, facet, doc)) {
                        if (failed >= 0) {
                            return;
                        }
                        failed = facet;
                    }
                }
                if (failed >= 0) {
                    count(segment, failed, doc);
                    return;
                }
                total++;
                countAll(segment, doc);
                hits.collect(doc);
            }
        };
    }

    /** The hit's value of every facet, read from one stretch of the columns. */
    private void countAll(SegmentColumns segment, int doc) {
        int[] values = segment.values;
        int first = doc * SegmentColumns.FACETS;
        for (int facet = 0; facet < SegmentColumns.FACETS; facet++) {
            int value = values[first + facet];
            if (value >= 0) {
                counts[facet][value]++;
            } else if (value == SegmentColumns.SEVERAL) {
                for (int each : segment.values(facet, doc)) {
                    counts[facet][each]++;
                }
            }
        }
    }

    private boolean chosen(SegmentColumns segment, int facet, int doc) {
        boolean[] chosen = filters.chosen[facet];
        int value = segment.value(facet, doc);
        if (value >= 0) {
            return value < chosen.length && chosen[value];
        }
        if (value == SegmentColumns.SEVERAL) {
            for (int each : segment.values(facet, doc)) {
                if (each < chosen.length && chosen[each]) {
                    return true;
                }
            }
        }
        return false;
    }

    private void count(SegmentColumns segment, int facet, int doc) {
        int value = segment.value(facet, doc);
        if (value >= 0) {
            counts[facet][value]++;
        } else if (value == SegmentColumns.SEVERAL) {
            for (int each : segment.values(facet, doc)) {
                counts[facet][each]++;
            }
        }
    }
}
