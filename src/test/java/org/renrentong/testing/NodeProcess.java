package org.renrentong.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The real node as a separate JVM (the test's classpath without its test classes, main class
 * {@code RenrentongApplication}) on a data directory of its own and a free port, with the demo province. It can be
 * killed as a crash would (SIGKILL of the JVM alone: its PostgreSQL runs on, orphaned) and started again on the
 * same directory. {@link #close()} ends the JVM and the PostgreSQL of the directory, also when a test fails; a
 * shutdown hook does the same if the test JVM itself is stopped.
 */
public final class NodeProcess implements AutoCloseable {

    /** A bound against a node that never comes up, not a statement about speed. */
    private static final Duration START_LIMIT = Duration.ofMinutes(5);

    private final Path dataDir;
    private final int port;
    private final List<String> settings;
    private final Thread cleanup = new Thread(this::close, "node-process-cleanup");
    private Process process;
    private int starts;

    /** @param settings extra {@code --key=value} arguments */
    public NodeProcess(Path dataDir, String... settings) {
        this.dataDir = dataDir.toAbsolutePath();
        this.port = freePort();
        this.settings = List.of(settings);
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    public Path dataDir() {
        return dataDir;
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Starts the JVM and returns once the node accepts traffic (its start-up work done). */
    public NodeProcess start() throws IOException, InterruptedException {
        Files.createDirectories(dataDir);
        Path log = dataDir.resolve("node-" + (++starts) + ".log");
        List<String> command = new ArrayList<>(List.of(javaCommand(), "-Xmx768m", "-cp", nodeClasspath(),
                "org.renrentong.RenrentongApplication",
                "--server.port=" + port,
                "--renrentong.data-dir=" + dataDir,
                "--renrentong.embedded-db.dir=" + dataDir.resolve("pg"),
                "--renrentong.roster.work-dir=" + dataDir.resolve("imports"),
                "--renrentong.demo=true",
                "--spring.main.banner-mode=off"));
        command.addAll(settings);
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        awaitReady(log);
        return this;
    }

    /** Stops the node as its operator would (SIGTERM): it finishes its work and stops its database. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(START_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException("The node did not stop:\n" + log());
        }
    }

    /** SIGKILL of the node's JVM only, as the OOM killer or {@code kill -9} would do it. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** The node's JVM, to count what it spends. */
    public long pid() {
        return process.pid();
    }

    /** The pid in the data directory's {@code postmaster.pid}, while there is one. */
    public Optional<Long> databasePid() {
        Path pidFile = dataDir.resolve("pg/postmaster.pid");
        try {
            return Files.exists(pidFile)
                    ? Files.readAllLines(pidFile).stream().findFirst().map(String::trim).map(Long::valueOf)
                    : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The embedded database's port, from its {@code postmaster.pid}. */
    public int databasePort() throws IOException {
        return Integer.parseInt(Files.readAllLines(dataDir.resolve("pg/postmaster.pid")).get(3).trim());
    }

    public String log() {
        try (var files = Files.list(dataDir)) {
            return files.filter(f -> f.getFileName().toString().matches("node-\\d+\\.log")).sorted()
                    .map(f -> "==== " + f.getFileName() + "\n" + tail(f)).collect(Collectors.joining("\n"));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            waitFor(process.toHandle());
        }
        // the PostgreSQL of this directory, and no other process that may have got its number since
        databasePid().flatMap(ProcessHandle::of)
                .filter(p -> p.info().commandLine().orElse("").contains(dataDir.resolve("pg").toString()))
                .ifPresent(postgres -> {
                    postgres.destroy();
                    if (!waitFor(postgres)) {
                        postgres.descendants().forEach(ProcessHandle::destroyForcibly);
                        postgres.destroyForcibly();
                        waitFor(postgres);
                    }
                });
        if (Thread.currentThread() != cleanup) {
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs (or ran) anyway
            }
        }
    }

    private void awaitReady(Path log) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long giveUpAt = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < giveUpAt) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The node exited with " + process.exitValue() + ":\n" + tail(log));
            }
            try {
                // readiness turns UP only after the start-up work (ApplicationReadyEvent listeners) is done
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(uri("/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The node did not become ready:\n" + tail(log));
    }

    private static boolean waitFor(ProcessHandle process) {
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return !process.isAlive();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The test JVM's classpath without the test classes: the node has none of them. */
    private static String nodeClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                .collect(Collectors.joining(java.io.File.pathSeparator));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
