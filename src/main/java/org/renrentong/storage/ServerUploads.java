package org.renrentong.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files the node stores itself on a person's behalf (the demo's files, the images of a post): the same begin, chunks
 * and finish a client goes through, so the bytes are sniffed, allow-listed, counted against the quotas, audited and
 * kept in the blob store. The returned upload id is claimed like any other.
 */
@Service
public class ServerUploads {

    private final Uploads uploads;
    private final UploadFinish finish;
    private final ContentCheck contentCheck;
    private final Blobs blobs;
    private final FileRepository files;
    private final StoragePolicy policy;
    private final AuditLog audit;

    ServerUploads(Uploads uploads, UploadFinish finish, ContentCheck contentCheck, Blobs blobs,
                  FileRepository files, StoragePolicy policy, AuditLog audit) {
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
