package org.renrentong.bench.search;

import org.renrentong.bench.Load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.renrentong.search.LuceneResourceIndex;
import org.renrentong.search.SearchHits;
import org.renrentong.search.SearchQuery;

/**
 * Where the time of the query mix goes: one search at a time against the index that bench/search.sh built, each
 * on a fresh searcher's empty answer cache, grouped by the shape of the search, and the slowest searches listed.
 */
class SlowestSearchesBenchmark {

    record Timed(SearchQuery query, long micros, long total) {
    }

    @Test
    void slowest() throws Exception {
        int docs = Integer.getInteger("bench.docs", 1_000_000);
        int queries = Integer.getInteger("bench.queries", 3_000);
        Path dir = Path.of(System.getProperty("bench.index", "target/bench/search-index-" + docs));
        ResourceCorpus corpus = new ResourceCorpus(SearchBenchmark.CORPUS_SEED);
        try (LuceneResourceIndex index = LuceneResourceIndex.open(dir)) {
            List<SearchQuery> list = new SearchQueryMix(corpus, SearchBenchmark.QUERY_SEED).queries(queries);
            Load.closedLoop(new SearchQueryMix(corpus, SearchBenchmark.QUERY_SEED + 1).queries(2_000), 1,
                    index::search);
            index.put(corpus.document(1)); // a fresh searcher: nothing cached
            List<Timed> timed = new ArrayList<>();
            for (SearchQuery q : list) {
                long start = System.nanoTime();
                SearchHits hits = index.search(q);
                timed.add(new Timed(q, (System.nanoTime() - start) / 1000, hits.total()));
            }
            Map<String, List<Long>> byShape = new TreeMap<>();
            for (Timed t : timed) {
                byShape.computeIfAbsent(shape(t.query()), k -> new ArrayList<>()).add(t.micros());
            }
            System.out.printf("%-40s %6s %9s %9s %9s %9s%n", "shape", "count", "mean ms", "p50", "p99", "max");
            byShape.forEach((shape, micros) -> {
                micros.sort(Comparator.naturalOrder());
                double mean = micros.stream().mapToLong(Long::longValue).average().orElse(0) / 1000;
                System.out.printf("%-40s %6d %9.1f %9.1f %9.1f %9.1f%n", shape, micros.size(), mean,
                        micros.get(micros.size() / 2) / 1000.0, micros.get((int) (micros.size() * 0.99)) / 1000.0,
                        micros.get(micros.size() - 1) / 1000.0);
            });
            long all = timed.stream().mapToLong(Timed::micros).sum();
            System.out.printf("total %.1f s, mean %.2f ms%n", all / 1e6, all / 1000.0 / timed.size());
            timed.sort(Comparator.comparingLong(Timed::micros).reversed());
            for (Timed t : timed.subList(0, 40)) {
                SearchQuery q = t.query();
                System.out.printf("%8.1f ms %8d hits  [%s] place=%s filters=%s sort=%s page=%d signedIn=%s%n",
                        t.micros() / 1000.0, t.total(), q.text(), q.placeId(), q.filters(), q.sort(), q.page(),
                        q.viewer().signedIn());
            }
        }
    }

    private static String shape(SearchQuery q) {
        String text = q.text().isEmpty() ? "browse" : q.text().contains(" ") ? "words" : "word";
        return text + (q.filters().isEmpty() ? "" : " +" + q.filters().size() + "facets")
                + (q.placeId() == null ? "" : " +place") + " " + q.sort().name().toLowerCase();
    }
}
