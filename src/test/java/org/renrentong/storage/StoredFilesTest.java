package org.renrentong.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Claiming, sharing identical content, releasing, and thumbnails. */
@IntegrationTest
class StoredFilesTest {

    @Autowired Fixtures fixtures;
    @Autowired StorageFixtures storage;
    @Autowired StoredFiles files;
    @Autowired BlobStore store;
    @Autowired JdbcClient jdbc;

    Actor teacher;

    @BeforeEach
    void teacher() {
        teacher = fixtures.actor(storage.teacher());
    }

    @Test
    void identicalContentIsStoredOnceAndGoesWithItsLastFile() {
        byte[] pdf = SampleFiles.pdf("dedup " + Fixtures.unique(), 100_000);
        StoredFile first = files.claim(teacher, storage.completedUpload(teacher, "第一课.pdf", pdf));
        StoredFile second = files.claim(teacher, storage.completedUpload(teacher, "copy.pdf", pdf));

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(second.name()).isEqualTo("copy.pdf");
        assertThat(refs(first.sha256())).isEqualTo(2);

        files.release(teacher, first.id());
        assertThat(files.file(first.id())).isEmpty();
        assertThat(refs(first.sha256())).isEqualTo(1);
        assertThat(store.exists(first.sha256())).isTrue();

        files.release(teacher, second.id());
        assertThat(refs(first.sha256())).isNull();
        assertThat(store.exists(first.sha256())).isFalse();
    }

    @Test
    void onlyTheUploaderReleasesAFileAndTheReleaseIsAudited() {
        StoredFile file = files.claim(teacher, storage.completedUpload(teacher, "mine.pdf",
                SampleFiles.pdf("release " + Fixtures.unique(), 300)));
        Actor other = fixtures.actor(storage.teacher());
        assertThatThrownBy(() -> files.release(other, file.id())).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.status().value()).isEqualTo(403));
        assertThat(files.file(file.id())).isPresent();

        files.release(teacher, file.id());
        assertThat(files.file(file.id())).isEmpty();
        assertThat(jdbc.sql("""
                SELECT action FROM audit_event WHERE target_type = 'file' AND target_id = ? ORDER BY id""")
                .param(String.valueOf(file.id())).query(String.class).list())
                .containsExactly("FILE_KEPT", "FILE_RELEASED");
    }

    @Test
    void anUploadIsClaimedOnceAndOnlyByItsUploader() {
        String upload = storage.completedUpload(teacher, "a.pdf", SampleFiles.pdf("claim " + Fixtures.unique(), 300));
        Actor other = fixtures.actor(storage.teacher());
        assertThatThrownBy(() -> files.claim(other, upload)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("upload.unknown"));
        files.claim(teacher, upload);
        assertThatThrownBy(() -> files.claim(teacher, upload)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> files.claim(teacher, "nonsense")).isInstanceOf(DomainException.class);
    }

    @Test
    void anImageGetsASmallThumbnailKeptForTheNextRequest() throws Exception {
        StoredFile image = files.claim(teacher, storage.completedUpload(teacher, "板书.png",
                SampleFiles.png(1200, 800)));
        StoredFile thumbnail = files.thumbnail(image.id()).orElseThrow();
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(
                files.content(thumbnail.id()).getContentAsByteArray()));
        assertThat(thumbnail.mediaType()).isEqualTo("image/jpeg");
        assertThat(small.getWidth()).isEqualTo(320);
        assertThat(small.getHeight()).isEqualTo(213);
        assertThat(files.thumbnail(image.id())).contains(thumbnail);

        files.release(teacher, image.id());
        assertThat(files.file(thumbnail.id())).isEmpty();
    }

    @Test
    void aPdfIsShownAsItIsAndHasNoThumbnail() {
        StoredFile pdf = files.claim(teacher, storage.completedUpload(teacher, "a.pdf",
                SampleFiles.pdf("native " + Fixtures.unique(), 300)));
        assertThat(files.previewState(pdf.id())).isEqualTo(PreviewState.NATIVE);
        assertThat(files.preview(pdf.id())).isEmpty();
        assertThat(files.thumbnail(pdf.id())).isEmpty();
    }

    private Integer refs(String sha256) {
        return jdbc.sql("SELECT refs FROM blob WHERE sha256 = ?").param(sha256).query(Integer.class).optional()
                .orElse(null);
    }
}
