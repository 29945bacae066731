package org.renrentong.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.org.School;
import org.renrentong.shared.DomainException;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Quotas per person and per school (5 MB and 8 MB in tests), and the job that leaves no orphan. */
@IntegrationTest
class QuotaAndCleanupTest {

    static final long MB = 1024 * 1024;

    @Autowired Fixtures fixtures;
    @Autowired Uploads uploads;
    @Autowired StorageFixtures storage;
    @Autowired StoredFiles files;
    @Autowired StorageCleanup cleanup;
    @Autowired PartialFiles partials;
    @Autowired BlobStore store;
    @Autowired JdbcClient jdbc;

    @Test
    void uploadsPastThePersonOrSchoolQuotaAreRefused() {
        School school = fixtures.aSchool().build();
        Actor a = teacherAt(school);
        Actor b = teacherAt(school);
        uploads.begin(a, "1.mp4", 2 * MB, null);
        uploads.begin(a, "2.mp4", 2 * MB, null);
        assertThatThrownBy(() -> uploads.begin(a, "3.mp4", 2 * MB, null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("upload.quota.person"));
        uploads.begin(b, "4.mp4", 2 * MB, null);
        uploads.begin(b, "5.mp4", 2 * MB, null);
        assertThatThrownBy(() -> uploads.begin(teacherAt(school), "6.mp4", MB, null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("upload.quota.school"));
        // a teacher of another school is not held back
        uploads.begin(fixtures.actor(storage.teacher()), "7.mp4", MB, null);
    }

    @Test
    void aSchoolsTotalIsReadOnceInAWhileAndCountedUpByEachUploadInBetween() {
        School school = fixtures.aSchool().build();
        uploads.begin(teacherAt(school), "1.mp4", MB, null);
        // 6 MB more that this node did not accept (as another node would): unseen until the total is read again
        String sha256 = "%064x".formatted(System.nanoTime());
        jdbc.sql("INSERT INTO blob (sha256, size, refs) VALUES (?, ?, 1)").params(sha256, 6 * MB).update();
        jdbc.sql("""
                        INSERT INTO stored_file (sha256, size, media_type, name, owner_id, school_id, state)
                        VALUES (?, ?, 'video/mp4', 'elsewhere.mp4', ?, ?, 'KEPT')""")
                .params(sha256, 6 * MB, teacherAt(school).personId(), school.id()).update();

        uploads.begin(teacherAt(school), "2.mp4", 2 * MB, null);
        uploads.begin(teacherAt(school), "3.mp4", 2 * MB, null);
        uploads.begin(teacherAt(school), "4.mp4", 2 * MB, null);
        assertThatThrownBy(() -> uploads.begin(teacherAt(school), "5.mp4", 2 * MB, null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("upload.quota.school"));
    }

    @Test
    void staleAndUnclaimedUploadsGoWithTheirBytesAndClaimedFilesStay() {
        Actor teacher = fixtures.actor(storage.teacher());
        byte[] kept = SampleFiles.pdf("kept " + Fixtures.unique(), 2000);
        byte[] unclaimed = SampleFiles.pdf("unclaimed " + Fixtures.unique(), 2000);
        StoredFile keptFile = files.claim(teacher, storage.completedUpload(teacher, "kept.pdf", kept));
        String unclaimedId = storage.completedUpload(teacher, "unclaimed.pdf", unclaimed);
        long unclaimedFile = uploads.status(teacher, unclaimedId).fileId();
        String unclaimedSha = files.file(unclaimedFile).orElseThrow().sha256();
        Upload partial = uploads.begin(teacher, "partial.pdf", 200_000, null);
        storage.send(teacher, partial, new byte[64 * 1024]);

        jdbc.sql("UPDATE upload SET updated_at = now() - interval '2 days' WHERE id IN (?::uuid, ?)")
                .params(unclaimedId, partial.id()).update();
        cleanup.removeStale();

        assertThat(files.file(keptFile.id())).isPresent();
        assertThat(store.exists(keptFile.sha256())).isTrue();
        assertThat(files.file(unclaimedFile)).isEmpty();
        assertThat(store.exists(unclaimedSha)).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM upload WHERE id IN (?::uuid, ?)").params(unclaimedId, partial.id())
                .query(Integer.class).single()).isZero();
        assertThat(Files.exists(partials.part(partial.id()))).isFalse();
    }

    @Test
    void stagedFilesWithoutAnUploadAreRemoved() throws Exception {
        UUID orphan = UUID.randomUUID();
        partials.create(orphan);
        Files.setLastModifiedTime(partials.part(orphan),
                FileTime.fromMillis(System.currentTimeMillis() - 3L * 24 * 3600 * 1000));
        cleanup.removeOrphanStagedFiles();
        assertThat(Files.exists(partials.part(orphan))).isFalse();
    }

    private Actor teacherAt(School school) {
        return fixtures.actor(fixtures.aPerson().teacher().at(school).build());
    }
}
