package org.renrentong.storage;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.UUID;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Resumable uploads: begin with the name and size, send chunks in order, each at the offset the server holds,
 * then finish (see {@link UploadFinish}). A wrong offset or length is refused and changes nothing, so a client
 * that lost its connection asks for the offset and goes on from there.
 */
@Service
class Uploads {

    private final UploadRepository uploads;
    private final PartialFiles partials;
    private final Quotas quotas;
    private final StorageSettings settings;
    private final TransactionTemplate tx;
    private final StoredFiles files;
    private final StoragePolicy policy;
    private final AuditLog audit;

    Uploads(UploadRepository uploads, PartialFiles partials, Quotas quotas, StorageSettings settings,
            TransactionTemplate tx, StoredFiles files, StoragePolicy policy, AuditLog audit) {
        this.files = files;
        this.policy = policy;
        this.audit = audit;
        this.uploads = uploads;
        this.partials = partials;
        this.quotas = quotas;
        this.settings = settings;
        this.tx = tx;
    }

    Upload begin(Actor actor, String name, long size, String sha256) {
        policy.mayUpload(actor);
        String fileName = cleanName(name);
        if (size <= 0) {
            throw DomainException.invalid("upload.empty");
        }
        long max = settings.maxFileSize().toBytes();
        if (size > max) {
            throw new DomainException(HttpStatus.PAYLOAD_TOO_LARGE, "upload.tooLarge", Bytes.human(max));
        }
        String expected = null;
        if (sha256 != null && !sha256.isBlank()) {
            expected = sha256.trim().toLowerCase(Locale.ROOT);
            if (!expected.matches("[0-9a-f]{64}")) {
                throw DomainException.invalid("upload.sha256.invalid");
            }
        }
        Upload upload = new Upload(UUID.randomUUID(), actor.personId(), actor.schoolId(), fileName, size, expected,
                (int) settings.chunkSize().toBytes(), 0, Upload.RECEIVING, null, null);
        tx.executeWithoutResult(status -> {
            quotas.check(actor.personId(), actor.schoolId(), size);
            uploads.insert(upload);
            partials.create(upload.id());
            audit.record(actor.audited("UPLOAD_STARTED", "upload", upload.id(), actor.regionPath(), actor.schoolId(),
                    fileName, size));
        });
        return status(actor, upload.id().toString());
    }

    /** The upload of this actor; another person's upload does not exist for them. */
    Upload status(Actor actor, String id) {
        return StoredFiles.parse(id).flatMap(uploads::find).filter(u -> policy.owns(actor, u))
                .orElseThrow(() -> DomainException.notFound("upload.unknown"));
    }

    /**
     * Takes the chunk at {@code offset}. It must start where the received bytes end and be a full chunk, or the
     * rest of the file; {@code declaredLength} is the request's Content-Length (-1 when not sent).
     */
    Upload append(Actor actor, String id, long offset, long declaredLength, InputStream body) {
        Upload upload = status(actor, id);
        check(upload, offset);
        long expected = upload.chunkAt(offset);
        if (declaredLength >= 0 && declaredLength != expected) {
            throw DomainException.invalid("upload.chunk.length", expected, declaredLength);
        }
        PartialFiles.Chunk chunk;
        try {
            chunk = partials.receive(upload.id(), body, expected);
        } catch (IOException e) {
            throw DomainException.invalid("upload.chunk.broken", offset);
        }
        if (chunk.length() != expected) {
            partials.discard(chunk);
            throw DomainException.invalid("upload.chunk.length", expected, chunk.length());
        }
        return tx.execute(status -> {
            Upload locked = uploads.lock(upload.id()).orElseThrow(() -> DomainException.notFound("upload.unknown"));
            try {
                check(locked, offset);
            } catch (DomainException e) {
                partials.discard(chunk);
                throw e;
            }
            partials.append(upload.id(), chunk, offset);
            uploads.received(upload.id(), offset + expected);
            return uploads.find(upload.id()).orElseThrow();
        });
    }

    /** Gives up an upload that has not been claimed: its bytes go, and a completed one's file with them. */
    void cancel(Actor actor, String id) {
        Upload upload = status(actor, id);
        tx.executeWithoutResult(status -> {
            uploads.delete(upload.id());
            if (upload.fileId() != null) {
                files.discard(upload.fileId());
            }
            audit.record(actor.audited("UPLOAD_CANCELLED", "upload", upload.id(), actor.regionPath(),
                    actor.schoolId(), upload.name()));
        });
        partials.delete(upload.id());
    }

    private static void check(Upload upload, long offset) {
        if (!Upload.RECEIVING.equals(upload.state())) {
            throw DomainException.conflict("upload.notReceiving");
        }
        if (offset < 0 || offset >= upload.size()) {
            throw DomainException.invalid("upload.offset.invalid");
        }
        if (offset != upload.received()) {
            throw DomainException.conflict("upload.offset.mismatch", upload.received());
        }
    }

    /** The last part of a path as sent by any browser, without control characters; 1 to 255 characters. */
    static String cleanName(String name) {
        String n = name == null ? "" : name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).strip();
        if (n.isEmpty() || n.length() > 255 || n.equals(".") || n.equals("..")
                || n.chars().anyMatch(Character::isISOControl)) {
            throw DomainException.invalid("upload.name.invalid");
        }
        return n;
    }
}
