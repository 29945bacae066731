package org.renrentong.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The blob store is chosen by configuration: local disk by default, an S3-compatible service on request. */
class BlobStoreConfigurationTest {

    @TempDir Path dir;

    @Test
    void localDiskKeepsBlobsUnderTheDataDirectoryByHash() throws Exception {
        BlobStore store = new BlobStoreConfiguration().blobStore(TestSettings.of("local", ""), dir);
        Path source = Files.writeString(dir.resolve("a.txt"), "教案");
        String sha = "ab" + "0".repeat(62);

        assertThat(store.putIfAbsent(sha, source)).isTrue();
        assertThat(store.putIfAbsent(sha, source)).isFalse();
        assertThat(dir.resolve("blobs/ab/00/" + sha)).hasContent("教案");
        assertThat(store.open(sha, 6).contentLength()).isEqualTo(6);
        store.delete(sha);
        assertThat(store.exists(sha)).isFalse();
    }

    @Test
    void s3IsUsedWhenConfigured() throws Exception {
        BlobStore store = new BlobStoreConfiguration().blobStore(TestSettings.of("s3", "http://127.0.0.1:9000"), dir);
        assertThat(store).isInstanceOf(S3BlobStore.class);
        // the length comes from the database: a Range request needs no call to the service
        assertThat(store.open("ab" + "0".repeat(62), 1234).contentLength()).isEqualTo(1234);
    }
}
