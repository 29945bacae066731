package org.renrentong.storage;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bounds and places of stored files: chunk and file size, quotas per person and per school, how long partial and
 * unclaimed uploads are kept, zip bounds, preview conversion, and the blob store to use.
 *
 * @param stagingDir where partial uploads grow; empty means {@code <data-dir>/uploads}. Several nodes behind a load
 *                   balancer must share it (or keep an upload on one node).
 * @param schoolUsageTtl how long a school's total is taken as read (and counted up by this node) before it is read
 *                   again: the school quota is a soft limit (see {@link Quotas}).
 */
@ConfigurationProperties(prefix = "renrentong.storage")
record StorageSettings(
        @DefaultValue("8MB") DataSize chunkSize,
        @DefaultValue("2GB") DataSize maxFileSize,
        @DefaultValue("20GB") DataSize personQuota,
        @DefaultValue("500GB") DataSize schoolQuota,
        @DefaultValue("24h") Duration partialTtl,
        @DefaultValue("24h") Duration unclaimedTtl,
        @DefaultValue("10000") int zipMaxEntries,
        @DefaultValue("8GB") DataSize zipMaxInflated,
        @DefaultValue("soffice") String officeCommand,
        @DefaultValue("120s") Duration previewTimeout,
        @DefaultValue("320") int thumbnailSize,
        @DefaultValue("local") String blobStore,
        @DefaultValue("") String stagingDir,
        @DefaultValue S3 s3,
        @DefaultValue("10s") Duration schoolUsageTtl) {

    /** An S3-compatible service (AWS, MinIO, Ceph, OSS with its S3 API…). */
    record S3(@DefaultValue("") String endpoint, @DefaultValue("us-east-1") String region,
              @DefaultValue("renrentong") String bucket, @DefaultValue("") String accessKey,
              @DefaultValue("") String secretKey, @DefaultValue("true") boolean pathStyle) {
    }
}
