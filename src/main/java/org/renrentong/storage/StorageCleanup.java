package org.renrentong.storage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Leaves no orphan: partial uploads nobody continued, completed uploads nobody claimed (with their unclaimed file),
 * staged files without an upload, and blobs whose purge failed after their last file went.
 */
@Component
class StorageCleanup {

    private static final Logger log = LoggerFactory.getLogger(StorageCleanup.class);
    private static final int BATCH = 500;

    private final UploadRepository uploads;
    private final PartialFiles partials;
    private final StoredFiles files;
    private final Blobs blobs;
    private final StorageSettings settings;
    private final TransactionTemplate tx;

    StorageCleanup(UploadRepository uploads, PartialFiles partials, StoredFiles files, Blobs blobs,
                   StorageSettings settings, TransactionTemplate tx) {
        this.uploads = uploads;
        this.partials = partials;
        this.files = files;
        this.blobs = blobs;
        this.settings = settings;
        this.tx = tx;
    }

    @Scheduled(fixedDelayString = "${renrentong.storage.cleanup-interval:PT15M}",
            initialDelayString = "${renrentong.storage.cleanup-interval:PT15M}")
    void run() {
        int removed = removeStale();
        int orphans = removeOrphanStagedFiles();
        blobs.unused().forEach(blobs::purge);
        if (removed + orphans > 0) {
            log.info("Storage cleanup removed {} stale uploads and {} orphan staged files", removed, orphans);
        }
    }

    /** Partial and unclaimed uploads past their time; their bytes and unclaimed files go with them. */
    int removeStale() {
        int removed = 0;
        List<Upload> stale = uploads.stale(List.of(Upload.RECEIVING, Upload.CHECKING), settings.partialTtl(), BATCH);
        List<Upload> unclaimed = uploads.stale(List.of(Upload.COMPLETED), settings.unclaimedTtl(), BATCH);
        for (Upload upload : concat(stale, unclaimed)) {
            tx.executeWithoutResult(status -> {
                uploads.delete(upload.id());
                if (upload.fileId() != null) {
                    files.discard(upload.fileId());
                }
            });
            partials.delete(upload.id());
            removed++;
        }
        return removed;
    }

    /** Staged files whose upload is gone (a node stopped mid-request), once they are as old as a stale upload. */
    int removeOrphanStagedFiles() {
        int removed = 0;
        Duration age = settings.partialTtl();
        for (Path file : partials.olderThan(age)) {
            UUID id = uploadIdOf(file);
            if (id == null || !uploads.exists(id) || file.getFileName().toString().endsWith(".chunk")) {
                PartialFiles.delete(file);
                removed++;
            }
        }
        return removed;
    }

    private static UUID uploadIdOf(Path file) {
        try {
            return PartialFiles.uploadOf(file);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<Upload> concat(List<Upload> a, List<Upload> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
