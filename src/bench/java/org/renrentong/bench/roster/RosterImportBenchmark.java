package org.renrentong.bench.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.renrentong.identity.Actor;
import org.renrentong.org.School;
import org.renrentong.roster.ImportJob;
import org.renrentong.roster.ImportStatus;
import org.renrentong.roster.Imports;
import org.renrentong.testing.Deliveries;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.FileSystemResource;

/**
 * The bulk import against plain PostgreSQL COPY, on one embedded PostgreSQL in one run (see bench/roster-import.sh).
 * Each run generates its own students file (disjoint ID cards and phones), then measures: (a) COPY of the file into
 * one plain table, the reference; (b) the real import of the same file through {@link Imports}, from the upload to
 * the committed job and the delivery of its events (the personal spaces of the new people), excluding nothing; (c) COPY of the rows the import wrote into empty copies of the real tables
 * (same indexes and checks, no foreign keys), the least any import producing that data must spend writing it.
 */
@IntegrationTest
class RosterImportBenchmark {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Imports imports;
    @Autowired
    DataSource dataSource;
    @Autowired
    Deliveries deliveries;

    @Test
    void importAgainstCopy() throws Exception {
        int rows = Integer.getInteger("bench.rows", 1_000_000);
        int runs = Integer.getInteger("bench.runs", 3);
        Path dir = Files.createTempDirectory("roster-bench");
        Actor admin = fixtures.platformAdmin();
        warmUp(dir, admin, runs);
        BenchReport report = new BenchReport(rows);
        for (int run = 0; run < runs; run++) {
            Path file = dir.resolve("students-" + run + ".csv");
            long guardians = StudentRosterGenerator.write(file, rows, run);
            report.fileBytes = Files.size(file);
            report.guardians = guardians;
            String load = loadAverage();
            double copy = plainCopy(file);
            School school = fixtures.aSchool().named("基准学校" + Fixtures.unique()).build();
            long start = System.nanoTime();
            ImportJob job = importAndWait(admin, school, file);
            double imported = (System.nanoTime() - start) / 1e9;
            assertThat(job.status()).isEqualTo(ImportStatus.DONE);
            assertThat(job.createdRows()).isEqualTo(rows + guardians);
            double floor = FinalRowsCopy.measure(dataSource, school.id(), dir);
            report.add(copy, imported, floor, load + " -> " + loadAverage());
            System.out.printf("run %d: COPY %.2f s, import %.2f s, final rows by COPY %.2f s%n", run + 1, copy,
                    imported, floor);
            Files.delete(file);
        }
        Path out = Path.of("bench", "results", "roster-import.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.render());
        System.out.println(report.render());
    }

    /** A small import and COPY first, so that neither side pays for class loading and JIT compilation. */
    private void warmUp(Path dir, Actor admin, int variant) throws IOException, SQLException, InterruptedException {
        Path file = dir.resolve("warm-up.csv");
        StudentRosterGenerator.write(file, 20_000, variant);
        plainCopy(file);
        School school = fixtures.aSchool().named("预热学校" + Fixtures.unique()).build();
        assertThat(importAndWait(admin, school, file).status()).isEqualTo(ImportStatus.DONE);
        Files.delete(file);
    }

    private double plainCopy(Path file) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS bench_plain_copy");
            statement.execute("""
                    CREATE TABLE bench_plain_copy (grade TEXT, class_name TEXT, student_no TEXT, name TEXT,
                        gender TEXT, id_card TEXT, guardian_name TEXT, guardian_phone TEXT, relation TEXT)""");
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            long start = System.nanoTime();
            try (InputStream in = Files.newInputStream(file)) {
                copy.copyIn("COPY bench_plain_copy FROM STDIN (FORMAT csv, HEADER true)", in);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            statement.execute("DROP TABLE bench_plain_copy");
            return seconds;
        }
    }

    /** The 1-minute load average: the machine is shared, so the figures say how busy it was. */
    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    private ImportJob importAndWait(Actor admin, School school, Path file) throws InterruptedException, IOException {
        Imports.Started started = imports.start(admin, school.id(), file.getFileName().toString(), Files.size(file),
                new FileSystemResource(file), "Bench-Pass1");
        ImportJob job = started.job();
        while (!job.status().finished()) {
            Thread.sleep(100);
            job = imports.job(admin, job.id());
        }
        deliveries.awaitAll();
        return job;
    }

    /** Median, minimum and maximum of each side, their ratios, and the machine, written for the README to quote. */
    static final class BenchReport {
        final int rows;
        long fileBytes;
        long guardians;
        final List<double[]> runs = new ArrayList<>();
        final List<String> loads = new ArrayList<>();

        BenchReport(int rows) {
            this.rows = rows;
        }

        void add(double copy, double imported, double floor, String load) {
            runs.add(new double[] {copy, imported, floor});
            loads.add(load);
        }

        String render() throws IOException {
            StringBuilder sb = new StringBuilder();
            sb.append("Roster import benchmark, ").append(java.time.LocalDate.now()).append('\n');
            sb.append(String.format("machine: %d cores, %.0f GiB RAM; Java %s; embedded PostgreSQL 17 (shared_buffers "
                    + "256MB)%n", Runtime.getRuntime().availableProcessors(), memoryGib(),
                    System.getProperty("java.version")));
            sb.append(String.format("data: %,d students with %,d distinct guardians (%,d people), CSV %.1f MB, "
                    + "9 grades x %d classes%n", rows, guardians, rows + guardians, fileBytes / 1e6,
                    StudentRosterGenerator.CLASSES_PER_GRADE));
            sb.append("command: bench/roster-import.sh ").append(rows).append(' ').append(runs.size()).append("\n\n");
            sb.append(String.format("%-62s %9s %9s %9s%n", "seconds", "median", "min", "max"));
            String[] names = {"(a) plain COPY of the file into one table (reference)",
                "(b) import: upload, checks, staging, merge, commit",
                "(c) COPY of the rows (b) wrote into copies of their tables"};
            for (int side = 0; side < 3; side++) {
                double[] values = column(side);
                sb.append(String.format("%-62s %9.2f %9.2f %9.2f%n", names[side], median(values), values[0],
                        values[values.length - 1]));
            }
            double copy = median(column(0));
            double imported = median(column(1));
            sb.append(String.format("%nratio (b)/(a), medians: %.1f (target 3)%n", imported / copy));
            sb.append(String.format("ratio (b)/(c), medians: %.1f%n", imported / median(column(2))));
            sb.append(String.format("import throughput: %,.0f students/s%n", rows / imported));
            for (int i = 0; i < runs.size(); i++) {
                sb.append(String.format("run %d: (a) %.2f s, (b) %.2f s, (c) %.2f s; load average %s%n", i + 1,
                        runs.get(i)[0], runs.get(i)[1], runs.get(i)[2], loads.get(i)));
            }
            return sb.toString();
        }

        private double[] column(int side) {
            return runs.stream().mapToDouble(r -> r[side]).sorted().toArray();
        }

        private static double median(double[] sorted) {
            int n = sorted.length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
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
}
