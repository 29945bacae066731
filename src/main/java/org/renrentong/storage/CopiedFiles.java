package org.renrentong.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files a node copies from another node (the files of harvested resources), kept as files of the node itself: the
 * bytes are bounded and checked like an upload's, their SHA-256 must match what the origin announced, and content
 * already stored is shared, never stored twice. Only the node (no person) keeps such files.
 */
@Service
public class CopiedFiles {

    private final JdbcClient jdbc;
    private final BlobStore store;
    private final Blobs blobs;
    private final FileRepository files;
    private final ContentCheck contentCheck;
    private final StorageSettings settings;
    private final StoredFiles stored;
    private final AuditLog audit;
    private final StoragePolicy policy;

    CopiedFiles(JdbcClient jdbc, BlobStore store, Blobs blobs, FileRepository files, ContentCheck contentCheck,
                StorageSettings settings, StoredFiles stored, AuditLog audit, StoragePolicy policy) {
        this.policy = policy;
        this.stored = stored;
        this.jdbc = jdbc;
        this.store = store;
        this.blobs = blobs;
        this.files = files;
        this.contentCheck = contentCheck;
        this.settings = settings;
        this.audit = audit;
    }

    /** The largest file a node copies: the same bound as an upload's. */
    public long maxFileSize() {
        return settings.maxFileSize().toBytes();
    }

    /**
     * A new file of the node over content already stored under this SHA-256 (no bytes move); empty when this node
     * holds no such content, or it is on its way out.
     */
    @Transactional
    public Optional<StoredFile> reuse(Actor node, String sha256, String name) {
        long owner = policy.mayCopy(node);
        Optional<String> mediaType = jdbc.sql("SELECT media_type FROM stored_file WHERE sha256 = ? LIMIT 1")
                .param(sha256).query(String.class).optional();
        // the row lock taken here orders this use before any purge of the blob
        Long size = jdbc.sql("UPDATE blob SET refs = refs + 1 WHERE sha256 = ? AND refs > 0 RETURNING size")
                .param(sha256).query(Long.class).optional().orElse(null);
        if (size == null || mediaType.isEmpty() || !store.exists(sha256)) {
            if (size != null) {
                jdbc.sql("UPDATE blob SET refs = refs - 1 WHERE sha256 = ?").param(sha256).update();
            }
            return Optional.empty();
        }
        return Optional.of(kept(node, owner, sha256, size, mediaType.get(), name));
    }

    /**
     * Keeps the copied bytes as a file of the node: too large, of a type not allowed, or not matching the announced
     * SHA-256 (when one was announced) is refused with a {@link DomainException} and nothing is stored.
     */
    @Transactional
    public StoredFile keep(Actor node, Path bytes, String name, String expectedSha256) {
        long owner = policy.mayCopy(node);
        String fileName = Uploads.cleanName(name);
        long size = size(bytes);
        if (size <= 0 || size > maxFileSize()) {
            throw new DomainException(org.springframework.http.HttpStatus.PAYLOAD_TOO_LARGE, "upload.tooLarge",
                    Bytes.human(maxFileSize()));
        }
        String sha256 = Sha256.of(bytes);
        if (expectedSha256 != null && !expectedSha256.equalsIgnoreCase(sha256)) {
            throw DomainException.invalid("upload.sha256.mismatch");
        }
        String mediaType = contentCheck.mediaType(bytes, fileName);
        blobs.use(sha256, size, bytes);
        return kept(node, owner, sha256, size, mediaType, fileName);
    }

    /** The node no longer uses this copied file: it goes, and its blob when no other file shares it. */
    @Transactional
    public void release(Actor node, long fileId) {
        long owner = policy.mayCopy(node);
        files.find(fileId).filter(f -> f.ownerId() == owner).ifPresent(f -> {
            stored.discard(f.id());
            audit.record(node.audited("FILE_RELEASED", "file", f.id(), node.regionPath(), null, f.name()));
        });
    }

    private StoredFile kept(Actor node, long owner, String sha256, long size, String mediaType, String name) {
        StoredFile file = files.insert(sha256, size, mediaType, Uploads.cleanName(name), owner, null,
                FileRepository.KEPT, null);
        audit.record(node.audited("FILE_COPIED", "file", file.id(), node.regionPath(), null, name, size, mediaType,
                sha256));
        return file;
    }

    private static long size(Path bytes) {
        try {
            return Files.size(bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
