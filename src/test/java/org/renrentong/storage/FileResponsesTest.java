package org.renrentong.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renrentong.identity.Logins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Person;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Delivery through {@link FileResponses} (served by {@link DeliveryTestController}): Range as 206 Partial Content,
 * ETag and 304, the UTF-8 file name.
 */
@IntegrationTest
@AutoConfigureMockMvc
class FileResponsesTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired StorageFixtures storage;
    @Autowired StoredFiles files;

    Person teacher;
    StoredFile file;
    byte[] bytes;

    @BeforeEach
    void file() {
        teacher = storage.teacher();
        bytes = SampleFiles.pdf("range " + Fixtures.unique(), 150_000);
        file = files.claim(fixtures.actor(teacher),
                storage.completedUpload(fixtures.actor(teacher), "第三课 课件.pdf", bytes));
    }

    @Test
    void aRangeIsServedAsPartialContent() throws Exception {
        mvc.perform(get("/test/storage/files/" + file.id()).with(as(teacher)).header("Range", "bytes=1000-1999"))
                .andExpect(status().isPartialContent())
                .andExpect(header().string("Content-Range", "bytes 1000-1999/" + bytes.length))
                .andExpect(header().string("Content-Length", "1000"))
                .andExpect(content().bytes(Arrays.copyOfRange(bytes, 1000, 2000)));
        mvc.perform(get("/test/storage/files/" + file.id()).with(as(teacher)).header("Range", "bytes=-500"))
                .andExpect(status().isPartialContent())
                .andExpect(content().bytes(Arrays.copyOfRange(bytes, bytes.length - 500, bytes.length)));
    }

    @Test
    void theWholeFileComesWithTypeNameETagAndCaching() throws Exception {
        String disposition = mvc.perform(get("/test/storage/files/" + file.id()).with(as(teacher)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("ETag", "\"" + file.sha256() + "\""))
                .andExpect(header().string("Accept-Ranges", "bytes"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Cache-Control", "max-age=86400, private"))
                .andExpect(content().bytes(bytes))
                .andReturn().getResponse().getHeader("Content-Disposition");
        assertThat(disposition).startsWith("inline;").contains("filename*=UTF-8''");

        mvc.perform(get("/test/storage/files/" + file.id()).param("save", "true").with(as(teacher)))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")));
        mvc.perform(get("/test/storage/files/" + file.id()).with(as(teacher))
                        .header("If-None-Match", "\"" + file.sha256() + "\""))
                .andExpect(status().isNotModified());
    }
}
