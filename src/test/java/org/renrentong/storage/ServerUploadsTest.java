package org.renrentong.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** Bytes a module holds, kept in its own transaction: told once, checked like an upload, stored once. */
@IntegrationTest
class ServerUploadsTest {

    static final int MB = 1024 * 1024;

    @Autowired Fixtures fixtures;
    @Autowired StorageFixtures storage;
    @Autowired ServerUploads uploads;
    @Autowired BlobStore store;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;

    @Test
    void bytesAreKeptInTheCallersTransactionAndARefusalStoresNothing() {
        Actor teacher = fixtures.actor(storage.teacher());
        FileBytes pdf = uploads.read("教案", SampleFiles.pdf("kept " + Fixtures.unique(), 2000));
        assertThat(pdf.mediaType()).isEqualTo("application/pdf");

        StoredFile kept = tx.execute(status -> uploads.keep(teacher, List.of(pdf.named("教案.pdf")))).get(0);
        assertThat(kept.name()).isEqualTo("教案.pdf");
        assertThat(kept.mediaType()).isEqualTo("application/pdf");
        assertThat(store.exists(kept.sha256())).isTrue();
        assertThat(state(kept.id())).isEqualTo("KEPT");

        FileBytes other = uploads.read("b.pdf", SampleFiles.pdf("other " + Fixtures.unique(), 2000));
        assertThatThrownBy(() -> tx.execute(status -> uploads.keep(teacher, List.of(other.named("b.docx")))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("upload.type.nameMismatch"));
        assertThatThrownBy(() -> uploads.keep(teacher, List.of(other)))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(files(teacher)).isEqualTo(1);
        assertThat(store.exists(other.sha256)).isFalse();
    }

    @Test
    void keptBytesCountAgainstThePersonQuota() {
        Actor teacher = fixtures.actor(storage.teacher());
        for (int i = 0; i < 2; i++) {
            FileBytes big = uploads.read("big.pdf", SampleFiles.pdf("big " + Fixtures.unique(), 2 * MB - 1000));
            tx.execute(status -> uploads.keep(teacher, List.of(big)));
        }
        FileBytes more = uploads.read("more.pdf", SampleFiles.pdf("more " + Fixtures.unique(), 2 * MB - 1000));
        assertThatThrownBy(() -> tx.execute(status -> uploads.keep(teacher, List.of(more))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("upload.quota.person"));
        assertThat(files(teacher)).isEqualTo(2);
    }

    @Test
    void filesKeptTogetherCountTogetherAndNoneIsKeptWhenTheyPassTheQuota() {
        Actor teacher = fixtures.actor(storage.teacher());
        // each fits the 5 MB quota alone, the three together do not
        List<FileBytes> three = List.of(1, 2, 3).stream().map(n -> uploads.read(n + ".pdf",
                SampleFiles.pdf("together " + n + Fixtures.unique(), 2 * MB - 1000))).toList();

        assertThatThrownBy(() -> tx.execute(status -> uploads.keep(teacher, three)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("upload.quota.person"));
        assertThat(files(teacher)).isZero();
        List<StoredFile> two = tx.execute(status -> uploads.keep(teacher, three.subList(0, 2)));
        assertThat(two).hasSize(2);
        assertThat(files(teacher)).isEqualTo(2);
    }

    private String state(long fileId) {
        return jdbc.sql("SELECT state FROM stored_file WHERE id = ?").param(fileId).query(String.class).single();
    }

    private long files(Actor owner) {
        return jdbc.sql("SELECT count(*) FROM stored_file WHERE owner_id = ?").param(owner.personId())
                .query(Long.class).single();
    }
}
