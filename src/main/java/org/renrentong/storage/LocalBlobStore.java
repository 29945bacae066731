package org.renrentong.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/** Blobs as files under one directory, fanned out by the first hash characters: {@code ab/cd/abcd…}. */
class LocalBlobStore implements BlobStore {

    private final Path root;

    LocalBlobStore(Path root) {
        this.root = root;
    }

    @Override
    public boolean putIfAbsent(String sha256, Path source) {
        return put(sha256, temp -> Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING));
    }

    @Override
    public boolean putIfAbsent(String sha256, byte[] bytes) {
        return put(sha256, temp -> Files.write(temp, bytes));
    }

    private interface Writer {
        void write(Path temp) throws IOException;
    }

    private boolean put(String sha256, Writer writer) {
        Path target = path(sha256);
        if (Files.exists(target)) {
            return false;
        }
        try {
            Files.createDirectories(target.getParent());
            // write beside the target first, then move: a reader never sees half a blob
            Path temp = Files.createTempFile(target.getParent(), sha256, ".tmp");
            writer.write(temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target);
            } catch (FileAlreadyExistsException e) {
                Files.deleteIfExists(temp);
                return false;
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean exists(String sha256) {
        return Files.exists(path(sha256));
    }

    @Override
    public Resource open(String sha256, long size) {
        Path file = path(sha256);
        return new FileSystemResource(file) {
            @Override
            public InputStream getInputStream() throws IOException {
                return new BlobInputStream(super.getInputStream());
            }
        };
    }

    @Override
    public void delete(String sha256) {
        try {
            Files.deleteIfExists(path(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path path(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }
}
