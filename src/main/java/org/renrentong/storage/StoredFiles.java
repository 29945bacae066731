package org.renrentong.storage;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored files other modules use: they claim a finished upload as a kept file, read it (with its preview or
 * thumbnail) and release it when nothing of theirs uses it any more. Who may read a file is the caller's rule: a
 * file has no visibility of its own.
 */
@Service
public class StoredFiles {

    private final UploadRepository uploads;
    private final FileRepository files;
    private final Blobs blobs;
    private final BlobStore store;
    private final Previews previews;
    private final Thumbnails thumbnails;
    private final DerivationRepository derivations;
    private final StoragePolicy policy;
    private final AuditLog audit;

    StoredFiles(UploadRepository uploads, FileRepository files, Blobs blobs, BlobStore store, Previews previews,
                Thumbnails thumbnails, DerivationRepository derivations, StoragePolicy policy, AuditLog audit) {
        this.policy = policy;
        this.audit = audit;
        this.uploads = uploads;
        this.files = files;
        this.blobs = blobs;
        this.store = store;
        this.previews = previews;
        this.thumbnails = thumbnails;
        this.derivations = derivations;
    }

    /**
     * Turns a completed upload of this actor into a kept file; the upload id is used up. Call it in the transaction
     * that attaches the file, so that a failure there leaves the upload to be claimed again.
     */
    @Transactional
    public StoredFile claim(Actor actor, String uploadId) {
        Upload upload = parse(uploadId).flatMap(uploads::lock).filter(u -> policy.owns(actor, u))
                .orElseThrow(() -> DomainException.notFound("upload.unknown"));
        if (!Upload.COMPLETED.equals(upload.state()) || upload.fileId() == null) {
            throw DomainException.conflict("upload.notCompleted");
        }
        files.keep(upload.fileId());
        uploads.delete(upload.id());
        StoredFile file = files.find(upload.fileId()).orElseThrow();
        previews.request(file);
        audit.record(actor.audited("FILE_KEPT", "file", file.id(), actor.regionPath(), actor.schoolId(),
                file.name()));
        return file;
    }

    /**
     * The finished upload behind an id a form sent back, to show it again after a refused save: only the person who
     * uploaded it may use it; another person's, an expired, a claimed or an unfinished one comes with its reason.
     * Empty when the form sent no id.
     */
    public Optional<FormUpload> formUpload(Actor actor, String uploadId) {
        if (uploadId == null || uploadId.isBlank()) {
            return Optional.empty();
        }
        Optional<Upload> upload = parse(uploadId).flatMap(uploads::find).filter(u -> policy.owns(actor, u));
        if (upload.isEmpty()) {
            return Optional.of(FormUpload.refused("upload.unknown"));
        }
        if (!Upload.COMPLETED.equals(upload.get().state()) || upload.get().fileId() == null) {
            return Optional.of(FormUpload.refused("upload.notCompleted"));
        }
        return Optional.of(FormUpload.finished(upload.get()));
    }

    public Optional<StoredFile> file(long id) {
        return files.find(id);
    }

    /** These files (those that exist) in one read, by id. */
    public Map<Long, StoredFile> files(Collection<Long> ids) {
        return files.findAll(ids).stream().collect(Collectors.toMap(StoredFile::id, f -> f));
    }

    /** The content, for {@code ResponseEntity<Resource>} (see {@link FileResponses}): Spring serves Range from it. */
    public Resource content(long fileId) {
        return content(files.find(fileId).orElseThrow(() -> DomainException.notFound("file.unknown")));
    }

    /** The content of a file already read, without asking the database again. */
    public Resource content(StoredFile file) {
        return store.open(file.sha256(), file.size());
    }

    /** The PDF made from an office document, once it is made; asking starts it when it has not been. */
    public Optional<StoredFile> preview(long fileId) {
        Optional<StoredFile> file = files.find(fileId);
        if (file.isEmpty() || !FileTypes.office(file.get().mediaType())) {
            return Optional.empty();
        }
        Optional<DerivationRepository.Derivation> made = derivations.find(fileId, DerivationRepository.PREVIEW);
        if (made.isPresent() && made.get().ready()) {
            return files.find(made.get().fileId());
        }
        if (made.isEmpty()) {
            previews.request(file.get());
        }
        return Optional.empty();
    }

    /** Whether the page can show the file, a preview of it, soon a preview, or only a download link. */
    public PreviewState previewState(long fileId) {
        StoredFile file = files.find(fileId).orElseThrow(() -> DomainException.notFound("file.unknown"));
        if (FileTypes.browserShows(file.mediaType())) {
            return PreviewState.NATIVE;
        }
        if (!FileTypes.office(file.mediaType())) {
            return PreviewState.DOWNLOAD_ONLY;
        }
        Optional<DerivationRepository.Derivation> made = derivations.find(fileId, DerivationRepository.PREVIEW);
        if (made.isPresent()) {
            return made.get().ready() ? PreviewState.READY
                    : made.get().pending() ? PreviewState.PENDING : PreviewState.DOWNLOAD_ONLY;
        }
        if (!previews.available()) {
            return PreviewState.DOWNLOAD_ONLY;
        }
        previews.request(file);
        return PreviewState.PENDING;
    }

    /** A small JPEG of an image (JPEG, PNG, GIF), drawn on first request and kept. */
    public Optional<StoredFile> thumbnail(long fileId) {
        return files.find(fileId).flatMap(thumbnails::of).flatMap(files::find);
    }

    /**
     * Nothing of the actor's uses the file any more (the claiming module has checked that): it goes with its
     * previews; its blob goes when no other file shares it.
     */
    @Transactional
    public void release(Actor actor, long fileId) {
        Optional<StoredFile> file = files.find(fileId);
        if (file.isEmpty()) {
            return;
        }
        policy.mayRelease(actor, file.get());
        discard(file.get());
        audit.record(actor.audited("FILE_RELEASED", "file", fileId, actor.regionPath(), actor.schoolId(),
                file.get().name()));
    }

    /** Removes a file nobody claimed (a cancelled or stale upload's) with its previews. */
    void discard(long fileId) {
        files.find(fileId).ifPresent(this::discard);
    }

    private void discard(StoredFile file) {
        long fileId = file.id();
        for (StoredFile made : files.derivedFrom(fileId)) {
            files.delete(made.id());
            blobs.release(made.sha256());
        }
        files.delete(fileId);
        blobs.release(file.sha256());
    }

    static Optional<UUID> parse(String uploadId) {
        try {
            return uploadId == null ? Optional.empty() : Optional.of(UUID.fromString(uploadId.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
