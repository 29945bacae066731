package org.renrentong.bench.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Person;
import org.renrentong.storage.StorageFixtures;
import org.renrentong.storage.StoredFile;
import org.renrentong.storage.StoredFiles;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Streaming a 1 GB video over HTTP: the node (a stored file delivered through FileResponses, signed in, as a page's
 * video element gets it) against nginx serving the same blob file in the same run (see bench/video-streaming.sh).
 * Whole-file downloads, one stream and four at once, and 1 MB Range requests at random offsets (seeking).
 */
@IntegrationTest
@TestPropertySource(properties = {"renrentong.storage.max-file-size=2GB", "renrentong.storage.chunk-size=8MB",
    "renrentong.storage.person-quota=20GB", "renrentong.storage.school-quota=20GB"})
class VideoStreamingBenchmark {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired StorageFixtures storage;
    @Autowired StoredFiles files;
    @Value("${renrentong.data-dir}") Path dataDir;

    @Test
    void nodeAgainstNginx() throws Exception {
        long size = Long.getLong("bench.megabytes", 1024) * 1024 * 1024;
        int runs = Integer.getInteger("bench.runs", 3);
        Path dir = Files.createTempDirectory("video-bench");
        Path video = SyntheticVideo.write(dir.resolve("lesson.mp4"), size);

        Person teacher = storage.teacher();
        long uploadStart = System.nanoTime();
        StoredFile file = files.claim(fixtures.actor(teacher),
                storage.completedUpload(fixtures.actor(teacher), "第一课 课堂实录.mp4", video));
        double uploadSeconds = (System.nanoTime() - uploadStart) / 1e9;
        Files.delete(video);
        Path blob = dataDir.toAbsolutePath().resolve("blobs").resolve(file.sha256().substring(0, 2))
                .resolve(file.sha256().substring(2, 4)).resolve(file.sha256());

        HttpClient client = signedIn(teacher);
        String node = "http://127.0.0.1:" + port + "/test/storage/files/" + file.id();
        StreamingReport report = new StreamingReport(size, runs, uploadSeconds);
        try (Nginx nginx = Nginx.serving(blob.getParent(), dir)) {
            String reference = nginx.url(blob.getFileName().toString());
            download(client, node, size);
            download(client, reference, size);
            for (int run = 0; run < runs; run++) {
                report.single("node", throughput(client, node, size, 1));
                report.single("nginx", throughput(client, reference, size, 1));
                report.parallel("node", throughput(client, node, size, 4));
                report.parallel("nginx", throughput(client, reference, size, 4));
                report.seek("node", seekMillis(client, node, size));
                report.seek("nginx", seekMillis(client, reference, size));
            }
        }
        Path out = Path.of("bench", "results", "video-streaming.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.render());
        System.out.println(report.render());
    }

    /** MB/s of {@code streams} whole downloads at once. */
    private static double throughput(HttpClient client, String url, long size, int streams) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(streams);
        try {
            List<Future<Long>> done = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < streams; i++) {
                done.add(pool.submit((Callable<Long>) () -> download(client, url, size)));
            }
            long bytes = 0;
            for (Future<Long> f : done) {
                bytes += f.get();
            }
            return bytes / 1048576.0 / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    private static long download(HttpClient client, String url, long size) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        long bytes = drain(response.body());
        assertThat(bytes).isEqualTo(size);
        return bytes;
    }

    /** Median milliseconds of a 1 MB Range request at a random offset, as a player seeking does. */
    private static double seekMillis(HttpClient client, String url, long size) throws Exception {
        Random random = new Random(7);
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            long from = (long) (random.nextDouble() * (size - 1048576));
            long start = System.nanoTime();
            HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Range", "bytes=" + from + "-" + (from + 1048575)).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).isEqualTo(206);
            assertThat(drain(response.body())).isEqualTo(1048576);
            times.add((System.nanoTime() - start) / 1e6);
        }
        return StreamingReport.median(times);
    }

    private static long drain(InputStream in) throws IOException {
        try (in) {
            byte[] buffer = new byte[256 * 1024];
            long total = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
            }
            return total;
        }
    }

    /** Signs in with the form once, so that the measured requests carry a session and pay no password hash. */
    private HttpClient signedIn(Person person) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).build();
        String base = "http://127.0.0.1:" + port;
        String login = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).isTrue();
        String form = "username=" + person.account() + "&password=" + Fixtures.PASSWORD + "&_csrf=" + csrf.group(1);
        client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.discarding());
        return client;
    }
}
