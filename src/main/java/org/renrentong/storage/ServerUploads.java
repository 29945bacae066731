package org.renrentong.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
        return new FileBytes(name, bytes, contentCheck.detect(bytes, name));
    }

    /**
     * Keeps the files as kept files of the actor, each checked like an upload (name, size, allow-list, a name that
     * claims another kind of file) and all of them together against the quotas, each audited once. Call it in the
     * transaction that records the files' use: a refusal or a failure there stores nothing.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<StoredFile> keep(Actor actor, List<FileBytes> contents) {
        long ownerId = policy.mayUpload(actor);
        long max = settings.maxFileSize().toBytes();
        List<String> names = new ArrayList<>();
        List<String> mediaTypes = new ArrayList<>();
        long total = 0;
        for (FileBytes content : contents) {
            String fileName = Uploads.cleanName(content.name);
            long size = content.bytes.length;
            if (size == 0) {
                throw DomainException.invalid("upload.empty");
            }
            if (size > max) {
                throw new DomainException(HttpStatus.PAYLOAD_TOO_LARGE, "upload.tooLarge", Bytes.human(max));
            }
            names.add(fileName);
            mediaTypes.add(contentCheck.mediaType(content.bytes, content.detected, fileName));
            total += size;
        }
        if (!contents.isEmpty()) {
            quotas.check(ownerId, actor.schoolId(), total);
        }
        List<StoredFile> kept = new ArrayList<>();
        for (int i = 0; i < contents.size(); i++) {
            FileBytes content = contents.get(i);
            blobs.use(content.sha256, content.bytes);
            StoredFile file = files.insert(content.sha256, content.bytes.length, mediaTypes.get(i), names.get(i),
                    ownerId, actor.schoolId(), FileRepository.KEPT, null);
            previews.request(file);
            audit.record(actor.audited("UPLOAD_COMPLETED", "file", file.id(), actor.regionPath(), actor.schoolId(),
                    file.name(), file.size(), file.mediaType(), file.sha256()));
            kept.add(file);
        }
        return kept;
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
            StoredFile file = files.insert(sha256, bytes.length, mediaType, fileName, ownerId, null,
                    FileRepository.KEPT, null);
            audit.record(actor.audited("UPLOAD_COMPLETED", "file", file.id(), actor.regionPath(), actor.schoolId(),
                    fileName, bytes.length, mediaType, sha256));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (part != null) {
                part.toFile().delete();
            }
        }
    }
}
