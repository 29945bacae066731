package org.renrentong.storage;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts the files that use each blob and keeps the store in step: the first use writes the bytes; once the last
 * user is gone and that is committed, the blob is purged in a transaction of its own. The row lock on {@code blob}
 * orders a purge and a new use of the same content, and a use rewrites missing bytes, so a blob is never lost
 * under a file that has just started to use it, and a rolled-back release loses nothing.
 */
@Component
class Blobs {

    private final JdbcClient jdbc;
    private final BlobStore store;
    private final TransactionTemplate tx;

    Blobs(JdbcClient jdbc, BlobStore store, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.store = store;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** One more file uses this content; call within the transaction that inserts the file. */
    void use(String sha256, long size, Path source) {
        use(sha256, size, () -> store.putIfAbsent(sha256, source));
    }

    /** The same for content held in memory. */
    void use(String sha256, byte[] bytes) {
        use(sha256, bytes.length, () -> store.putIfAbsent(sha256, bytes));
    }

    private void use(String sha256, long size, BooleanSupplier put) {
        jdbc.sql("""
                        INSERT INTO blob (sha256, size, refs) VALUES (?, ?, 1)
                        ON CONFLICT (sha256) DO UPDATE SET refs = blob.refs + 1""")
                .params(sha256, size).update();
        if (put.getAsBoolean()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_ROLLED_BACK && !known(sha256)) {
                        store.delete(sha256);
                    }
                }
            });
        }
    }

    /** One file fewer uses this content; when none does after the commit, the blob goes. */
    void release(String sha256) {
        Integer refs = jdbc.sql("UPDATE blob SET refs = refs - 1 WHERE sha256 = ? RETURNING refs").param(sha256)
                .query(Integer.class).optional().orElse(null);
        if (refs != null && refs == 0) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    purge(sha256);
                }
            });
        }
    }

    /** Deletes the blob if nothing uses it; the row stays locked until its bytes are gone. */
    void purge(String sha256) {
        tx.executeWithoutResult(status -> {
            if (jdbc.sql("DELETE FROM blob WHERE sha256 = ? AND refs = 0").param(sha256).update() > 0) {
                store.delete(sha256);
            }
        });
    }

    /** Blobs nobody uses (a purge that failed after its release); the cleanup job purges them. */
    List<String> unused() {
        return jdbc.sql("SELECT sha256 FROM blob WHERE refs = 0 LIMIT 1000").query(String.class).list();
    }

    private boolean known(String sha256) {
        return jdbc.sql("SELECT COUNT(*) FROM blob WHERE sha256 = ?").param(sha256).query(Integer.class).single() > 0;
    }
}
