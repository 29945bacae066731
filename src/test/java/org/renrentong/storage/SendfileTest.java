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
 * Delivery over a real connection to Tomcat, where a whole file goes out by sendfile: every kind of request, one
 * after another on the same kept-alive connection, gets exactly its bytes.
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

            HttpResponse<byte[]> cached = client.send(HttpRequest.newBuilder(uri).header("Authorization", auth)
                    .header("If-None-Match", "\"" + file.sha256() + "\"").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(cached.statusCode()).isEqualTo(304);
            assertThat(cached.body()).isEmpty();
        }
    }
}
