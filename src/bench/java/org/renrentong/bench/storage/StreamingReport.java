package org.renrentong.bench.storage;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the streaming figures per side and writes them with their ratios, medians with min-max. */
final class StreamingReport {

    private final long size;
    private final int runs;
    private final double uploadSeconds;
    private final Map<String, List<Double>> figures = new LinkedHashMap<>();

    StreamingReport(long size, int runs, double uploadSeconds) {
        this.size = size;
        this.runs = runs;
        this.uploadSeconds = uploadSeconds;
    }

    void single(String side, double mbPerSecond) {
        add("single " + side, mbPerSecond);
    }

    void parallel(String side, double mbPerSecond) {
        add("parallel " + side, mbPerSecond);
    }

    void seek(String side, double millis) {
        add("seek " + side, millis);
    }

    private void add(String key, double value) {
        figures.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    String render() throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("# Video streaming benchmark — ")
                .append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
                .append(" UTC\n");
        out.append("machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(memoryGib()).append(" GiB, Java ").append(System.getProperty("java.version"))
                .append(", ").append(ManagementFactory.getRuntimeMXBean().getVmName()).append('\n');
        out.append("data: one synthetic video of ").append(size / 1048576).append(" MB, uploaded in 8 MB chunks in ")
                .append(String.format("%.1f s (%.0f MB/s, hash and type check included)", uploadSeconds,
                        size / 1048576.0 / uploadSeconds)).append('\n');
        out.append("node: GET of the stored file through FileResponses, signed in (session cookie);"
                + " nginx: the same blob file, sendfile on, 2 workers\n");
        out.append("client: java.net.http, HTTP/1.1 on 127.0.0.1, in the node's JVM; ").append(runs)
                .append(" rounds, median (min-max)\n");
        out.append("command: bench/video-streaming.sh\n\n");
        out.append(String.format("%-34s %-28s %-28s %s%n", "measure", "node", "nginx", "node/nginx"));
        row(out, "whole file, 1 stream (MB/s)", "single");
        row(out, "whole file, 4 streams (MB/s total)", "parallel");
        row(out, "seek: 1 MB Range request (ms p50)", "seek");
        return out.toString();
    }

    private void row(StringBuilder out, String label, String key) {
        List<Double> node = figures.get(key + " node");
        List<Double> nginx = figures.get(key + " nginx");
        out.append(String.format("%-34s %-28s %-28s x%.2f%n", label, cell(node), cell(nginx),
                median(node) / median(nginx)));
    }

    private static String cell(List<Double> values) {
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return String.format("%.1f (%.1f-%.1f)", median(values), min, max);
    }

    private static long memoryGib() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1048576;
            }
        }
        return 0;
    }
}
