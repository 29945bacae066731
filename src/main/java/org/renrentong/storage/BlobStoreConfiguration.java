package org.renrentong.storage;

import java.net.URI;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** Chooses the blob store: local disk under the data directory unless {@code renrentong.storage.blob-store=s3}. */
@Configuration(proxyBeanMethods = false)
class BlobStoreConfiguration {

    @Bean
    BlobStore blobStore(StorageSettings settings, @Value("${renrentong.data-dir}") Path dataDir) {
        if (!"s3".equalsIgnoreCase(settings.blobStore())) {
            return new LocalBlobStore(dataDir.resolve("blobs"));
        }
        StorageSettings.S3 conf = settings.s3();
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(conf.region()))
                .forcePathStyle(conf.pathStyle())
                .credentialsProvider(conf.accessKey().isEmpty() ? DefaultCredentialsProvider.builder().build()
                        : StaticCredentialsProvider.create(AwsBasicCredentials.create(conf.accessKey(),
                        conf.secretKey())));
        if (!conf.endpoint().isEmpty()) {
            builder.endpointOverride(URI.create(conf.endpoint()));
        }
        return new S3BlobStore(builder.build(), conf.bucket());
    }
}
