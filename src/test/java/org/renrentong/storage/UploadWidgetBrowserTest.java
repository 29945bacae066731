package org.renrentong.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renrentong.identity.Person;
import org.renrentong.testing.BrowserTest;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The upload field in Chromium: chunks with progress, a failed chunk retried, a reload resumed. */
@IntegrationTest
class UploadWidgetBrowserTest extends BrowserTest {

    @Autowired Fixtures fixtures;
    @Autowired StoredFiles files;
    @Autowired StorageFixtures storage;

    @Test
    void aFailedChunkIsRetriedAndTheUploadIdLandsInTheForm() {
        Person teacher = storage.teacher();
        byte[] pdf = SampleFiles.pdf("widget " + Fixtures.unique(), 5 * 64 * 1024 + 77);
        Page page = browser.signedIn(teacher.account(), Fixtures.PASSWORD);
        AtomicInteger chunks = new AtomicInteger();
        page.route("**/api/v1/uploads/*?offset=*", route -> {
            if (chunks.incrementAndGet() == 3) {
                route.abort();
            } else {
                route.resume();
            }
        });
        page.navigate("/test/storage/upload");
        page.setInputFiles("#uploadId-file", new FilePayload("第一课.pdf", "application/pdf", pdf));

        String id = waitForUploadId(page);
        assertThat(chunks.get()).isGreaterThan(6);
        assertThat(page.locator("#uploadId-status").textContent()).contains("第一课.pdf");
        assertThat(page.locator("[data-upload-progress]").getAttribute("aria-valuenow")).isEqualTo("100");
        StoredFile file = files.claim(fixtures.actor(teacher), id);
        assertThat(file.size()).isEqualTo(pdf.length);
        assertThat(file.mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void afterAReloadTheSameFileGoesOnWhereItStopped(@TempDir Path dir) throws Exception {
        Person teacher = storage.teacher();
        byte[] pdf = SampleFiles.pdf("reload " + Fixtures.unique(), 6 * 64 * 1024 + 5);
        // a file on disk, chosen twice: the browser knows it again by name, size and modification time
        Path file = Files.write(dir.resolve("reload.pdf"), pdf);
        Page page = browser.signedIn(teacher.account(), Fixtures.PASSWORD);
        AtomicInteger sent = new AtomicInteger();
        // the connection dies for good after two chunks
        page.route("**/api/v1/uploads/*?offset=*", route -> {
            if (sent.incrementAndGet() <= 2) {
                route.resume();
            } else {
                route.abort();
            }
        });
        page.navigate("/test/storage/upload");
        page.setInputFiles("#uploadId-file", file);
        page.waitForCondition(() -> sent.get() >= 3);
        String remembered = (String) page.evaluate("() => Object.keys(localStorage)"
                + ".filter(k => k.startsWith('renrentong.upload:uploadId:reload.pdf')).map(k => localStorage[k])[0]");
        assertThat(remembered).isNotNull();

        page.unrouteAll();
        AtomicInteger offsets = new AtomicInteger(-1);
        page.onRequest(request -> {
            if (request.url().contains("?offset=") && offsets.get() < 0) {
                offsets.set(Integer.parseInt(request.url().replaceAll(".*offset=", "")));
            }
        });
        page.reload();
        assertThat(page.locator("#uploadId-status").textContent()).contains("reload.pdf");
        page.setInputFiles("#uploadId-file", file);

        assertThat(waitForUploadId(page)).isEqualTo(remembered);
        assertThat(offsets.get()).isEqualTo(2 * 64 * 1024);
        assertThat(files.claim(fixtures.actor(teacher), remembered).size()).isEqualTo(pdf.length);
    }

    @Test
    void aFinishedUploadIsNotOfferedForResumingLater() {
        Person teacher = storage.teacher();
        byte[] pdf = SampleFiles.pdf("done " + Fixtures.unique(), 2 * 64 * 1024 + 9);
        Page page = browser.signedIn(teacher.account(), Fixtures.PASSWORD);
        page.navigate("/test/storage/upload");
        page.setInputFiles("#uploadId-file", new FilePayload("已完成.pdf", "application/pdf", pdf));
        waitForUploadId(page);

        page.reload();
        assertThat(page.locator("#uploadId-status").textContent()).doesNotContain("已完成.pdf");
        assertThat(page.evaluate("() => Object.keys(localStorage).filter(k => k.startsWith('renrentong.upload:'))"
                + ".length")).isEqualTo(0);
    }

    private String waitForUploadId(Page page) {
        page.waitForFunction("() => document.querySelector('[data-upload-id]').value !== ''", null,
                new Page.WaitForFunctionOptions().setTimeout(60_000));
        return page.locator("[data-upload-id]").inputValue();
    }
}
