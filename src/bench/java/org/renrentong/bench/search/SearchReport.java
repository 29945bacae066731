package org.renrentong.bench.search;

import org.renrentong.bench.Load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** The figures of one {@link SearchBenchmark} run, written for the README to quote. */
final class SearchReport {

    final int docs;
    final Path dir;
    double buildSeconds = -1;
    String buildLoad = "";
    long indexBytes;
    String load = "";
    double meanHits;
    double emptyShare;
    double rate;
    final List<Load.Latencies> single = new ArrayList<>();
    final List<Load.Latencies> twoThreads = new ArrayList<>();
    final List<Load.Latencies> open = new ArrayList<>();

    SearchReport(int docs, Path dir) {
        this.docs = docs;
        this.dir = dir;
    }

    String render() throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("Search benchmark (Lucene, direct), ").append(LocalDate.now()).append('\n');
        sb.append(String.format("machine: %d cores, %.0f GiB RAM; Java %s; Lucene 9.12.3, smartcn + bigrams; heap %d MiB%n",
                Runtime.getRuntime().availableProcessors(), memoryGib(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / 1024 / 1024));
        sb.append(String.format("data: %,d synthetic resources (ResourceCorpus seed %d), index %.0f MB in %s%n", docs,
                SearchBenchmark.CORPUS_SEED, indexBytes / 1e6, dir));
        sb.append(buildSeconds < 0 ? "index build: reused from an earlier run\n"
                : String.format("index build: %.1f s (%,.0f documents/s; load average %s)%n", buildSeconds,
                        docs / buildSeconds, buildLoad));
        sb.append(String.format("queries: %,d of SearchQueryMix seed %d, page size %d, facet counts and highlights "
                + "included; mean %.0f hits, %.1f%% with none%n", single.get(0).micros().length, SearchBenchmark.QUERY_SEED,
                SearchQueryMix.PAGE_SIZE, meanHits, emptyShare * 100));
        sb.append("command: bench/search.sh ").append(docs).append(' ').append(single.get(0).micros().length)
                .append(" (").append(single.size()).append(" runs after a warm-up; median (min-max) of the runs)\n\n");
        sb.append(String.format("%-36s %-20s %-20s %-20s %-20s%n", "run", "p50 ms", "p95 ms", "p99 ms", "queries/s"));
        line(sb, "one at a time (service time)", single);
        line(sb, "closed loop, 2 threads", twoThreads);
        line(sb, String.format("open loop at %.0f/s (%,d queries)", rate, open.get(0).micros().length), open);
        sb.append("\nload average during the queries: ").append(load)
                .append(" (other work on the machine shares its cores)\n");
        return sb.toString();
    }

    private static void line(StringBuilder sb, String name, List<Load.Latencies> runs) {
        sb.append(String.format("%-36s", name));
        List<ToDoubleFunction<Load.Latencies>> columns = List.of(l -> l.percentileMillis(50),
                l -> l.percentileMillis(95), l -> l.percentileMillis(99), Load.Latencies::perSecond);
        for (ToDoubleFunction<Load.Latencies> column : columns) {
            double[] values = runs.stream().mapToDouble(column).sorted().toArray();
            int n = values.length;
            double median = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
            sb.append(String.format(" %-20s", String.format("%.1f (%.1f-%.1f)", median, values[0], values[n - 1])));
        }
        sb.append('\n');
    }

    static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    private static double memoryGib() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0;
            }
        }
        return 0;
    }
}
