package org.renrentong.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** Blobs as objects in one bucket of an S3-compatible service, keyed like the local store: {@code ab/cd/abcd…}. */
class S3BlobStore implements BlobStore {

    private final S3Client s3;
    private final String bucket;

    S3BlobStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public boolean putIfAbsent(String sha256, Path source) {
        if (exists(sha256)) {
            return false;
        }
        s3.putObject(b -> b.bucket(bucket).key(key(sha256)), RequestBody.fromFile(source));
        return true;
    }

    @Override
    public boolean putIfAbsent(String sha256, byte[] bytes) {
        if (exists(sha256)) {
            return false;
        }
        s3.putObject(b -> b.bucket(bucket).key(key(sha256)), RequestBody.fromBytes(bytes));
        return true;
    }

    @Override
    public boolean exists(String sha256) {
        try {
            s3.headObject(b -> b.bucket(bucket).key(key(sha256)));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Resource open(String sha256, long size) {
        return new ObjectResource(sha256, size);
    }

    @Override
    public void delete(String sha256) {
        s3.deleteObject(b -> b.bucket(bucket).key(key(sha256)));
    }

    private static String key(String sha256) {
        return sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
    }

    /** An object read on demand; its length is known from the database, so Range needs no extra request. */
    private final class ObjectResource extends AbstractResource {

        private final String sha256;
        private final long size;

        ObjectResource(String sha256, long size) {
            this.sha256 = sha256;
            this.size = size;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return s3.getObject(b -> b.bucket(bucket).key(key(sha256)));
        }

        @Override
        public long contentLength() {
            return size;
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public String getDescription() {
            return "blob " + sha256;
        }
    }
}
