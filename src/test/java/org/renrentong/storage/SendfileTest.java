package org.renrentong.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Person;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Delivery over a real connection to Tomcat, where a whole file and a single range go out by sendfile: every kind of
 * request, one after another on the same kept-alive connection, gets exactly its bytes.
 */
@IntegrationTest
class SendfileTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired StorageFixtures storage;
    @Autowired StoredFiles files;

    @Test
    void wholeFilesRangesHeadsAndNotModifiedShareOneConnection() throws Exception {
        Person teacher = storage.teacher();
        byte[] bytes = SampleFiles.pdf("sendfile " + Fixtures.unique(), 300_000);
        StoredFile file = files.claim(fixtures.actor(teacher),
                storage.completedUpload(fixtures.actor(teacher), "讲义.pdf", bytes));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString(
                (teacher.account() + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
        URI uri = URI.create("http://127.0.0.1:" + port + "/test/storage/files/" + file.id());

        for (int round = 0; round < 2; round++) {
            HttpResponse<byte[]> whole = client.send(HttpRequest.newBuilder(uri).header("Authorization", auth)
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(whole.statusCode()).isEqualTo(200);
            assertThat(whole.headers().firstValue("Content-Length")).hasValue(String.valueOf(bytes.length));
            assertThat(whole.headers().firstValue("ETag")).hasValue("\"" + file.sha256() + "\"");
            assertThat(whole.body()).isEqualTo(bytes);

            HttpResponse<byte[]> head = client.send(HttpRequest.newBuilder(uri).header("Authorization", auth)
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(head.statusCode()).isEqualTo(200);
            assertThat(head.body()).isEmpty();

            HttpResponse<byte[]> range = client.send(HttpRequest.newBuilder(uri).header("Authorization", auth)
                    .header("Range", "bytes=100-199").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(range.statusCode()).isEqualTo(206);
            assertThat(range.body()).isEqualTo(Arrays.copyOfRange(bytes, 100, 200));

            HttpResponse<byte[]> ranges = client.send(HttpRequest.newBuilder(uri).header("Authorization", auth)
                    .header("Range", "bytes=0-9,20-29").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(ranges.statusCode()).isEqualTo(206);
            assertThat(ranges.headers().firstValue("Content-Type").orElseThrow()).startsWith("multipart/byteranges");

            HttpResponse<byte[]> cached = client.send(HttpRequest.newBuilder(uri).header("Authorization", auth)
                    .header("If-None-Match", "\"" + file.sha256() + "\"").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(cached.statusCode()).isEqualTo(304);
            assertThat(cached.body()).isEmpty();
        }
    }

    @Test
    void singleRangesGetExactlyTheirBytes() throws Exception {
        Person teacher = storage.teacher();
        byte[] bytes = SampleFiles.pdf("ranges " + Fixtures.unique(), 2_000_000);
        int n = bytes.length;
        StoredFile file = files.claim(fixtures.actor(teacher),
                storage.completedUpload(fixtures.actor(teacher), "实录.pdf", bytes));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString(
                (teacher.account() + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
        URI uri = URI.create("http://127.0.0.1:" + port + "/test/storage/files/" + file.id());

        assertRange(client, uri, auth, "bytes=0-99", bytes, 0, 100);
        assertRange(client, uri, auth, "bytes=500000-1548575", bytes, 500_000, 1_548_576);
        assertRange(client, uri, auth, "bytes=-500", bytes, n - 500, n);
        assertRange(client, uri, auth, "bytes=" + (n - 12345) + "-", bytes, n - 12345, n);
        assertRange(client, uri, auth, "bytes=" + (n - 10) + "-" + (n + 1000), bytes, n - 10, n);
        assertRange(client, uri, auth, "bytes=0-", bytes, 0, n);

        HttpResponse<byte[]> beyond = client.send(HttpRequest.newBuilder(uri).header("Authorization", auth)
                .header("Range", "bytes=" + n + "-").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(beyond.statusCode()).isEqualTo(416);
        assertThat(beyond.headers().firstValue("Content-Range")).hasValue("bytes */" + n);
        HttpResponse<byte[]> after = client.send(HttpRequest.newBuilder(uri).header("Authorization", auth)
                .header("Range", "bytes=5-9").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(after.body()).isEqualTo(Arrays.copyOfRange(bytes, 5, 10));
    }

    private static void assertRange(HttpClient client, URI uri, String auth, String range, byte[] bytes, int from,
                                    int to) throws Exception {
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(uri).header("Authorization", auth)
                .header("Range", range).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(range).isEqualTo(206);
        assertThat(response.headers().firstValue("Content-Range")).as(range)
                .hasValue("bytes " + from + "-" + (to - 1) + "/" + bytes.length);
        assertThat(response.headers().firstValue("Content-Length")).as(range).hasValue(String.valueOf(to - from));
        assertThat(response.headers().firstValue("ETag")).as(range).isPresent();
        assertThat(response.body()).as(range).isEqualTo(Arrays.copyOfRange(bytes, from, to));
    }
}
