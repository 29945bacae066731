package org.renrentong.federation.harvest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.renrentong.federation.harvest.FileCopyRepository.Copy;
import org.renrentong.identity.Actor;
import org.renrentong.resource.HarvestedFiles;
import org.renrentong.shared.DomainException;
import org.renrentong.storage.CopiedFiles;
import org.renrentong.storage.StoredFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Copies one file of a harvested resource at a time from the queue: content this node already stores under the
 * announced SHA-256 is shared without a download; otherwise the bytes are fetched (going on from those kept after
 * an interrupted attempt), checked and kept by storage, and attached to the resource, in one transaction with the
 * queue row. Bytes that fail the check are deleted, never kept as the file; a failure waits a doubling back-off.
 */
@Component
class FileCopier {

    /** Attempts before a file is given up (about a day of doubling back-offs from a minute). */
    static final int MAX_ATTEMPTS = 12;

    private static final Logger log = LoggerFactory.getLogger(FileCopier.class);

    private final FileCopyRepository queue;
    private final FileFetch fetch;
    private final CopiedFiles copied;
    private final HarvestedFiles attached;
    private final HarvestingNode node;
    private final HarvestSettings settings;
    private final TransactionTemplate tx;
    private final Path staging;

    FileCopier(FileCopyRepository queue, FileFetch fetch, CopiedFiles copied, HarvestedFiles attached,
               HarvestingNode node, HarvestSettings settings, TransactionTemplate tx,
               @Value("${renrentong.data-dir}") Path dataDir) {
        this.queue = queue;
        this.fetch = fetch;
        this.copied = copied;
        this.attached = attached;
        this.node = node;
        this.settings = settings;
        this.tx = tx;
        this.staging = dataDir.resolve("harvest-files");
    }

    /** Copies the next due file, if one is due and free; false when there was none. */
    boolean copyNext() {
        String holder = node.code() + "/" + UUID.randomUUID();
        Optional<Copy> next = queue.claim(holder, settings.lease());
        next.ifPresent(c -> copy(c, holder));
        return next.isPresent();
    }

    /** The part file of a queued file: on this node's disk, named by its row. */
    Path part(long id) {
        return staging.resolve(id + ".part");
    }

    private void copy(Copy c, String holder) {
        Actor actor = node.actor();
        RemoteFile file = c.file();
        Path part = part(c.id());
        try {
            if (file.sha256() != null && keepKnown(c, holder, actor)) {
                delete(part);
                return;
            }
            fetch.fetch(file.url(), c.nodeCode(), part, copied.maxFileSize(),
                    () -> queue.renew(c.id(), holder, settings.lease()));
            Boolean done = tx.execute(status -> {
                StoredFile kept = copied.keep(actor, part, file.name(), file.sha256());
                return attach(c, holder, actor, kept, status);
            });
            delete(part);
            if (!Boolean.TRUE.equals(done)) {
                failed(c, "NO_RESOURCE", true);
            }
        } catch (DomainException refused) {
            // checksum, type or size refused: the bytes are not the file, the next attempt fetches it anew
            delete(part);
            failed(c, refused.messageKey(), false);
        } catch (HarvestFailure f) {
            failed(c, f.reason().name(), false);
        } catch (PageCommit.LeaseLost lost) {
            log.info("Copy of file {} passed to another holder", c.id());
        } catch (RuntimeException e) {
            queue.release(c.id(), holder);
            throw e;
        }
    }

    /** Shares content already stored here; false when none is (the bytes must come). */
    private boolean keepKnown(Copy c, String holder, Actor actor) {
        Boolean done = tx.execute(status -> copied.reuse(actor, c.file().sha256(), c.file().name())
                .map(kept -> attach(c, holder, actor, kept, status)).orElse(null));
        if (Boolean.FALSE.equals(done)) {
            failed(c, "NO_RESOURCE", true);
        }
        return done != null;
    }

    /** Marks the row copied and attaches the file, unless another holder took the row meanwhile (all rolls back). */
    private boolean attach(Copy c, String holder, Actor actor, StoredFile kept, TransactionStatus status) {
        if (!queue.copied(c.id(), holder, kept.id(), kept.size())) {
            throw new PageCommit.LeaseLost();
        }
        if (!attached.attach(actor, c.file().identifier(), kept.id(), c.file().role())) {
            status.setRollbackOnly();
            return false;
        }
        return true;
    }

    private void failed(Copy c, String reason, boolean giveUp) {
        int attempts = c.attempts() + 1;
        Duration wait = settings.backOff(attempts);
        boolean last = giveUp || attempts >= MAX_ATTEMPTS;
        if (last) {
            delete(part(c.id()));
        }
        queue.failed(c.id(), reason, wait, last);
        log.info("Copy of {} failed ({}), attempt {}", c.file().url(), reason, attempts);
    }

    private static void delete(Path part) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
