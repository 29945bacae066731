package org.renrentong.storage;

import java.nio.file.Path;
import org.springframework.core.io.Resource;

/**
 * Where file contents live, named by their SHA-256 (content-addressed: identical bytes are stored once). The
 * database counts the files that use a blob; the store only keeps bytes. Local disk by default
 * ({@code renrentong.storage.blob-store=local}), S3-compatible object storage with {@code s3}.
 */
public interface BlobStore {

    /** Stores the bytes of {@code source} under {@code sha256} unless a blob of that name exists; true if it wrote. */
    boolean putIfAbsent(String sha256, Path source);

    /** The same for content held in memory, written once without a staging file. */
    boolean putIfAbsent(String sha256, byte[] bytes);

    boolean exists(String sha256);

    /** The content as a resource of known length, so that HTTP Range requests can be served from it. */
    Resource open(String sha256, long size);

    /** Removes the blob; nothing happens when it is not there. */
    void delete(String sha256);
}
