package org.renrentong.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps a preview or thumbnail made from a file as a stored file of its own, owned like its source. */
@Component
class DerivedFiles {

    private final Blobs blobs;
    private final FileRepository files;
    private final DerivationRepository derivations;
    private final BlobStore store;

    DerivedFiles(Blobs blobs, FileRepository files, DerivationRepository derivations, BlobStore store) {
        this.blobs = blobs;
        this.files = files;
        this.derivations = derivations;
        this.store = store;
    }

    @Transactional
    public long keep(StoredFile source, String kind, Path made, String mediaType, String name) {
        String sha256 = Sha256.of(made);
        long size = sizeOf(made);
        blobs.use(sha256, size, made);
        long id = files.insert(sha256, size, mediaType, name, source.ownerId(), null, FileRepository.KEPT,
                source.id()).id();
        derivations.ready(source.id(), kind, id);
        return id;
    }

    /** Copies a file's content to a local file, for tools that read from disk. */
    void copyContent(StoredFile file, Path target) {
        try (InputStream in = store.open(file.sha256(), file.size()).getInputStream()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
