package org.renrentong.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.renrentong.taxonomy.TreeFile.FileNode;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two writes into the same place at once: the second waits for the first to commit and then sees its nodes, so it
 * ends with a clear outcome (an update, or "code taken") instead of a unique-index violation. The first import is
 * held open until the second is seen waiting on a lock, so the overlap is certain.
 */
@IntegrationTest
class ConcurrentTreeWritesTest {

    @Autowired
    TreeTransfer transfer;
    @Autowired
    TreeEditing editing;
    @Autowired
    TextbookTree tree;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aSecondImportOfTheSameFileWaitsAndFindsTheNodesAlreadyThere() throws Exception {
        Actor admin = fixtures.platformAdmin();
        String code = "c" + Fixtures.unique();
        TreeFile file = file(code);

        ImportResult second = whileAnImportIsOpen(admin, file, () -> transfer.importJson(admin, file));

        assertThat(second.applied()).isTrue();
        assertThat(second.added()).isZero();
        assertThat(second.unchanged()).isEqualTo(5);
        assertThat(tree.children(tree.at("2/14/" + code).orElseThrow().id())).hasSize(1);
    }

    @Test
    void anEditDuringAnImportWaitsAndIsToldTheCodeIsTaken() throws Exception {
        Actor admin = fixtures.platformAdmin();
        String code = "c" + Fixtures.unique();
        long subject = tree.at("2/14").orElseThrow().id();

        String refusal = whileAnImportIsOpen(admin, file(code), () -> {
            try {
                editing.add(admin, subject, NodeLevel.EDITION, code, "同时新增的版本", "出版社");
                return "added";
            } catch (DomainException e) {
                return e.messageKey();
            }
        });

        assertThat(refusal).isEqualTo("taxonomy.code.taken");
    }

    /** Runs {@code second} on another thread while an import of {@code file} is applied but not yet committed. */
    private <T> T whileAnImportIsOpen(Actor admin, TreeFile file, Supplier<T> second) throws Exception {
        CountDownLatch applied = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<ImportResult> first = CompletableFuture.supplyAsync(() -> tx.execute(status -> {
            ImportResult result = transfer.importJson(admin, file);
            applied.countDown();
            await(release);
            return result;
        }));
        assertThat(applied.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<T> other = CompletableFuture.supplyAsync(second);
        waitForALockWait();
        release.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS).added()).isEqualTo(3);
        try {
            return other.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("the second write failed", e.getCause());
        }
    }

    private void waitForALockWait() throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")
                .query(Long.class).single() == 0) {
            assertThat(Instant.now()).as("the second write waits on a lock").isBefore(until);
            Thread.sleep(20);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** 初中 / 数学 / a new edition / 七年级 / 上册: five nodes, the last three new. */
    private static TreeFile file(String edition) {
        FileNode volume = new FileNode(NodeLevel.VOLUME, "s", "上册", null, false, List.of());
        FileNode grade = new FileNode(NodeLevel.GRADE, "21", "七年级", null, false, List.of(volume));
        FileNode ed = new FileNode(NodeLevel.EDITION, edition, "并发版", "并发出版社", false, List.of(grade));
        FileNode subject = new FileNode(NodeLevel.SUBJECT, "14", "数学", null, false, List.of(ed));
        FileNode stage = new FileNode(NodeLevel.STAGE, "2", "初中", null, false, List.of(subject));
        return new TreeFile(TreeFile.FORMAT, 1, List.of(stage));
    }
}
