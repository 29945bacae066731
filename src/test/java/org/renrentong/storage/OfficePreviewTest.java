package org.renrentong.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Actor;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** An office document gets a PDF preview when LibreOffice is installed (skipped where it is not). */
@IntegrationTest
class OfficePreviewTest {

    @Autowired Fixtures fixtures;
    @Autowired StorageFixtures storage;
    @Autowired StoredFiles files;
    @Autowired Previews previews;

    @Test
    void aWordDocumentIsConvertedToAPdfInTheBackgroundAndKept() throws Exception {
        assertThat(previews.available()).as("LibreOffice (soffice) on the PATH; .ci/run installs it").isTrue();
        Actor teacher = fixtures.actor(storage.teacher());
        StoredFile doc = files.claim(teacher, storage.completedUpload(teacher, "教学设计.docx",
                SampleFiles.docx("认识分数 " + Fixtures.unique())));

        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        Optional<StoredFile> pdf = files.preview(doc.id());
        while (pdf.isEmpty() && files.previewState(doc.id()) == PreviewState.PENDING
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            pdf = files.preview(doc.id());
        }
        assertThat(files.previewState(doc.id())).isEqualTo(PreviewState.READY);
        assertThat(pdf).hasValueSatisfying(p -> {
            assertThat(p.mediaType()).isEqualTo("application/pdf");
            assertThat(p.name()).isEqualTo("教学设计.pdf");
        });
        assertThat(new String(files.content(pdf.get().id()).getContentAsByteArray(), 0, 5,
                StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        files.release(teacher, doc.id());
        assertThat(files.file(pdf.get().id())).isEmpty();
    }
}
