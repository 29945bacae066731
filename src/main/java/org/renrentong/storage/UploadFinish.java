package org.renrentong.storage;

import org.renrentong.audit.AuditEvent;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The end of an upload: the received bytes are hashed and sniffed (outside any transaction, they may be 2 GB), then
 * either kept as an unclaimed file, sharing the blob of identical content, or refused with the partial data deleted.
 * Both outcomes are audited.
 */
@Service
class UploadFinish {

    private final Uploads uploads;
    private final UploadRepository repository;
    private final PartialFiles partials;
    private final ContentCheck contentCheck;
    private final Quotas quotas;
    private final Blobs blobs;
    private final FileRepository files;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    UploadFinish(Uploads uploads, UploadRepository repository, PartialFiles partials, ContentCheck contentCheck,
                 Quotas quotas, Blobs blobs, FileRepository files, AuditLog audit, TransactionTemplate tx) {
        this.uploads = uploads;
        this.repository = repository;
        this.partials = partials;
        this.contentCheck = contentCheck;
        this.quotas = quotas;
        this.blobs = blobs;
        this.files = files;
        this.audit = audit;
        this.tx = tx;
    }

    /** Finishes the upload; finishing a completed one again answers the same. */
    Upload finish(Actor actor, String id) {
        Upload upload = uploads.status(actor, id);
        if (Upload.COMPLETED.equals(upload.state())) {
            return upload;
        }
        if (upload.received() < upload.size()) {
            throw DomainException.conflict("upload.incomplete", upload.received(), upload.size());
        }
        if (!repository.startChecking(upload.id())) {
            throw DomainException.conflict("upload.checking");
        }
        String sha256;
        String mediaType;
        try {
            sha256 = Sha256.of(partials.part(upload.id()));
            if (upload.expectedSha256() != null && !upload.expectedSha256().equals(sha256)) {
                throw DomainException.invalid("upload.sha256.mismatch");
            }
            mediaType = contentCheck.mediaType(partials.part(upload.id()), upload.name());
        } catch (DomainException e) {
            reject(actor, upload, e);
            throw e;
        }
        try {
            tx.executeWithoutResult(status -> {
                quotas.check(upload.ownerId(), upload.schoolId(), 0);
                blobs.use(sha256, upload.size(), partials.part(upload.id()));
                long fileId = files.insert(sha256, upload.size(), mediaType, upload.name(), upload.ownerId(),
                        upload.schoolId(), FileRepository.UNCLAIMED, null).id();
                repository.completed(upload.id(), fileId);
                audit.record(actor.audited("UPLOAD_COMPLETED", "upload", upload.id(), actor.regionPath(),
                        actor.schoolId(), upload.name(), upload.size(), mediaType, sha256));
            });
        } catch (DomainException e) {
            reject(actor, upload, e);
            throw e;
        }
        partials.delete(upload.id());
        return repository.find(upload.id()).orElseThrow();
    }

    /** Drops the upload and its bytes, and says why in the audit log. */
    private void reject(Actor actor, Upload upload, DomainException why) {
        tx.executeWithoutResult(status -> {
            repository.delete(upload.id());
            AuditEvent e = actor.audited("UPLOAD_REJECTED", "upload", upload.id(), actor.regionPath(),
                    actor.schoolId(), upload.name(), upload.size(), new AuditEvent.Key(why.messageKey()));
            audit.record(e.withResult(AuditEvent.Result.FAILURE));
        });
        partials.delete(upload.id());
    }
}
