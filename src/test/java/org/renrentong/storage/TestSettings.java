package org.renrentong.storage;

import java.time.Duration;
import org.springframework.util.unit.DataSize;

/** Storage settings for tests without a context: zips of at most 3 entries and 10 KB unpacked. */
final class TestSettings {

    private TestSettings() {
    }

    static StorageSettings of(String blobStore, String s3Endpoint) {
        return new StorageSettings(DataSize.ofKilobytes(64), DataSize.ofMegabytes(2), DataSize.ofMegabytes(5),
                DataSize.ofMegabytes(8), Duration.ofHours(1), Duration.ofHours(1), 3, DataSize.ofKilobytes(10),
                "soffice", Duration.ofSeconds(10), 320, blobStore, "",
                new StorageSettings.S3(s3Endpoint, "cn-north-1", "resources", "key", "secret", true),
                Duration.ofSeconds(10));
    }
}
