package org.renrentong.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files the node stores itself on a person's behalf (the demo's files, the images of a post): the same begin, chunks
 * and finish a client goes through, so the bytes are sniffed, allow-listed, counted against the quotas, audited and
 * kept in the blob store. The returned upload id is claimed like any other. Bytes already in memory that a module
 * records at once go the short way instead: {@link #read} tells what they are, {@link #keep} stores them as a kept
 * file in the caller's transaction, with the same checks and no staging, chunks or claim.
 */
@Service
public class ServerUploads {

    private final Uploads uploads;
    private final Quotas quotas;
    private final StorageSettings settings;
    private final Previews previews;
    private final UploadFinish finish;
    private final ContentCheck contentCheck;
    private final Blobs blobs;
    private final FileRepository files;
    private final StoragePolicy policy;
    private final AuditLog audit;

    ServerUploads(Uploads uploads, UploadFinish finish, ContentCheck contentCheck, Blobs blobs,
                  FileRepository files, StoragePolicy policy, AuditLog audit, Quotas quotas,
                  StorageSettings settings, Previews previews) {
        this.quotas = quotas;
        this.settings = settings;
        this.previews = previews;
        this.policy = policy;
        this.audit = audit;
        this.uploads = uploads;
        this.finish = finish;
        this.contentCheck = contentCheck;
        this.blobs = blobs;
        this.files = files;
    }

    /** Uploads the bytes under the file name and finishes; the upload id to claim. */
    public String upload(Actor actor, String name, byte[] bytes) {
        Upload upload = uploads.begin(actor, name, bytes.length, null);
        String id = upload.id().toString();
        for (long offset = 0; offset < bytes.length; offset += upload.chunkSize()) {
            byte[] chunk = Arrays.copyOfRange(bytes, (int) offset,
                    (int) Math.min(bytes.length, offset + upload.chunkSize()));
            uploads.append(actor, id, offset, chunk.length, new ByteArrayInputStream(chunk));
        }
        return finish.finish(actor, id).id().toString();
    }

    /** What the bytes are, from their magic (the name only tells apart formats that share a container). */
    public FileBytes read(String name, byte[] bytes) {
        return new FileBytes(bytes, contentCheck.detect(bytes, name));
    }

    /**
     * Keeps the bytes as a kept file of the actor under {@code name}, checked like an upload (name, size, allow-list,
     * a name that claims another kind of file, quotas) and audited once. Call it in the transaction that records the
     * file's use: a refusal or a failure there stores nothing.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public StoredFile keep(Actor actor, FileBytes content, String name) {
        long ownerId = policy.mayUpload(actor);
        String fileName = Uploads.cleanName(name);
        long size = content.bytes.length;
        if (size == 0) {
            throw DomainException.invalid("upload.empty");
        }
        long max = settings.maxFileSize().toBytes();
        if (size > max) {
            throw new DomainException(HttpStatus.PAYLOAD_TOO_LARGE, "upload.tooLarge", Bytes.human(max));
        }
        String mediaType = contentCheck.mediaType(content.bytes, content.detected, fileName);
        quotas.check(ownerId, actor.schoolId(), size);
        blobs.use(content.sha256, content.bytes);
        long id = files.insert(content.sha256, size, mediaType, fileName, ownerId, actor.schoolId(),
                FileRepository.KEPT, null);
        StoredFile file = files.find(id).orElseThrow();
        previews.request(file);
        audit.record(actor.audited("UPLOAD_COMPLETED", "file", id, actor.regionPath(), actor.schoolId(),
                fileName, size, mediaType, content.sha256));
        return file;
    }

    /**
     * Keeps content another module held itself until now (post images once kept in its tables) as a kept file of
     * the actor, who uploaded it then: checked from its bytes like an upload and audited as one, but counted against
     * no quota, because the node held it already. Call it in the transaction that records the file's use, so that a
     * failure there leaves the content where it was.
     */
    @Transactional
    public StoredFile carryOver(Actor actor, String name, byte[] bytes) {
        long ownerId = policy.mayUpload(actor);
        String fileName = Uploads.cleanName(name);
        Path part = null;
        try {
            part = Files.createTempFile("carry-over", ".part");
            Files.write(part, bytes);
            String mediaType = contentCheck.mediaType(part, fileName);
            String sha256 = Sha256.of(part);
            blobs.use(sha256, bytes.length, part);
            long id = files.insert(sha256, bytes.length, mediaType, fileName, ownerId, null, FileRepository.KEPT,
                    null);
            audit.record(actor.audited("UPLOAD_COMPLETED", "file", id, actor.regionPath(), actor.schoolId(),
                    fileName, bytes.length, mediaType, sha256));
            return files.find(id).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (part != null) {
                part.toFile().delete();
            }
        }
    }
}
