package org.renrentong.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.renrentong.testing.IntegrationTest;
import org.renrentong.testing.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Files refused from their bytes at the finish: nothing of them stays, and the refusal is audited. */
@IntegrationTest
class ContentRefusalTest {

    @Autowired Fixtures fixtures;
    @Autowired Uploads uploads;
    @Autowired UploadFinish finish;
    @Autowired StorageFixtures storage;
    @Autowired PartialFiles partials;
    @Autowired JdbcClient jdbc;

    Actor teacher;

    @BeforeEach
    void teacher() {
        teacher = fixtures.actor(storage.teacher());
    }

    @Test
    void anExecutableRenamedToPdfIsRefusedAndLeavesNothing() {
        Upload upload = sent("教案.pdf", SampleFiles.exe());
        assertThatThrownBy(() -> finish.finish(teacher, upload.id().toString()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("upload.type.notAllowed");
                    assertThat(e.args()[0].toString()).contains("msdownload");
                });
        assertThat(Files.exists(partials.part(upload.id()))).isFalse();
        assertThatThrownBy(() -> uploads.status(teacher, upload.id().toString()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.status().value()).isEqualTo(404));
        assertThat(jdbc.sql("SELECT result FROM audit_event WHERE action = 'UPLOAD_REJECTED' AND target_id = ?")
                .param(upload.id().toString()).query(String.class).single()).isEqualTo("FAILURE");
    }

    @Test
    void aNameThatClaimsAnotherKindOfFileIsRefused() {
        Upload upload = sent("课件.pdf", SampleFiles.png(20, 20));
        assertThatThrownBy(() -> finish.finish(teacher, upload.id().toString()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("upload.type.nameMismatch"));
    }

    @Test
    void aWrongImageExtensionDoesNoHarmAndTheTypeComesFromTheBytes() {
        String id = storage.completedUpload(teacher, "photo.jpg", SampleFiles.png(30, 20));
        assertThat(uploads.status(teacher, id).fileId()).isNotNull();
        assertThat(jdbc.sql("SELECT media_type FROM stored_file WHERE id = ?")
                .param(uploads.status(teacher, id).fileId()).query(String.class).single()).isEqualTo("image/png");
    }

    @Test
    void aZipWithAnEntryOutsideItsFolderIsRefused() {
        Upload upload = sent("bundle.zip", SampleFiles.zip("plan.txt", "教案", "../../evil.sh", "rm -rf /"));
        assertThatThrownBy(() -> finish.finish(teacher, upload.id().toString()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("upload.zip.badEntry"));
    }

    @Test
    void officeDocumentsAndBundlesAreRecognised() {
        String docx = storage.completedUpload(teacher, "教学设计.docx", SampleFiles.docx("第一课"));
        String zip = storage.completedUpload(teacher, "lesson.zip", SampleFiles.zip("a.txt", "x", "b/c.txt", "y"));
        assertThat(mediaType(docx)).isEqualTo(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(mediaType(zip)).isEqualTo("application/zip");
    }

    @Test
    void aDeclaredChecksumThatDoesNotMatchIsRefused() {
        byte[] pdf = SampleFiles.pdf("sum " + Fixtures.unique(), 500);
        Upload upload = uploads.begin(teacher, "a.pdf", pdf.length, "0".repeat(64));
        storage.send(teacher, upload, pdf);
        assertThatThrownBy(() -> finish.finish(teacher, upload.id().toString()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("upload.sha256.mismatch"));
    }

    private Upload sent(String name, byte[] bytes) {
        Upload upload = uploads.begin(teacher, name, bytes.length, null);
        storage.send(teacher, upload, bytes);
        return upload;
    }

    private String mediaType(String uploadId) {
        return jdbc.sql("SELECT f.media_type FROM upload u JOIN stored_file f ON f.id = u.file_id WHERE u.id = ?::uuid")
                .param(uploadId).query(String.class).single();
    }
}
