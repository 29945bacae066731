package org.renrentong.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.renrentong.identity.Logins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renrentong.identity.Person;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The chunk protocol over HTTP: resume, chunks out of order or of the wrong length, and finishing. */
@IntegrationTest
@AutoConfigureMockMvc
class UploadApiTest {

    static final int CHUNK = 64 * 1024;

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired StoredFiles storedFiles;
    @Autowired StorageFixtures storage;
    @Autowired JdbcClient jdbc;

    Person teacher;

    @BeforeEach
    void teacher() {
        teacher = storage.teacher();
    }

    @Test
    void aBrokenUploadResumesFromTheOffsetTheServerHoldsAndNothingIsCorrupted() throws Exception {
        byte[] pdf = SampleFiles.pdf("resume " + Fixtures.unique(), 3 * CHUNK + 1000);
        String id = begin("教案.pdf", pdf.length)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.chunkSize").value(CHUNK))
                .andExpect(jsonPath("$.received").value(0))
                .andReturn().getResponse().getHeader("Location").replace("/api/v1/uploads/", "");

        chunk(id, pdf, 0, CHUNK).andExpect(status().isOk()).andExpect(jsonPath("$.received").value(CHUNK));
        // the connection broke; the client asks where to go on
        mvc.perform(head("/api/v1/uploads/" + id).with(as(teacher)))
                .andExpect(status().isOk()).andExpect(header().string("Upload-Offset", String.valueOf(CHUNK)));
        // a chunk out of order is refused with the offset to use
        chunk(id, pdf, 2 * CHUNK, CHUNK).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("65,536")));
        // a chunk of the wrong length is refused and the received bytes stay as they were
        chunk(id, pdf, CHUNK, 1000)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("65,536 bytes were expected")));
        // finishing too early says how far it got
        mvc.perform(post("/api/v1/uploads/" + id + "/finish").with(as(teacher))).andExpect(status().isConflict());

        chunk(id, pdf, CHUNK, CHUNK).andExpect(status().isOk());
        // the same chunk again is a conflict, not a second copy
        chunk(id, pdf, CHUNK, CHUNK).andExpect(status().isConflict());
        mvc.perform(put("/api/v1/uploads/" + id).header("Upload-Offset", 2 * CHUNK).with(as(teacher))
                        .contentType(MediaType.APPLICATION_OCTET_STREAM)
                        .content(Arrays.copyOfRange(pdf, 2 * CHUNK, 3 * CHUNK)))
                .andExpect(status().isOk());
        chunk(id, pdf, 3 * CHUNK, pdf.length - 3 * CHUNK)
                .andExpect(status().isOk()).andExpect(jsonPath("$.received").value(pdf.length));

        mvc.perform(post("/api/v1/uploads/" + id + "/finish").with(as(teacher)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("COMPLETED"))
                .andExpect(jsonPath("$.mediaType").value("application/pdf"))
                .andExpect(jsonPath("$.sha256").value(sha256(pdf)));

        StoredFile file = storedFiles.claim(fixtures.actor(teacher), id);
        assertThat(file.name()).isEqualTo("教案.pdf");
        assertThat(file.size()).isEqualTo(pdf.length);
        assertThat(storedFiles.content(file.id()).getContentAsByteArray()).isEqualTo(pdf);
    }

    @Test
    void zeroByteOversizeAndMalformedUploadsAreRefusedAtTheStart() throws Exception {
        begin("empty.pdf", 0).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("empty")));
        begin("big.mp4", 3L * 1024 * 1024).andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.detail").value(containsString("2 MB")));
        begin("", 10).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/uploads").with(as(teacher)).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"a.pdf\",\"size\":10,\"sha256\":\"xyz\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("SHA-256")));
    }

    @Test
    void anotherPersonsUploadDoesNotExistForThem() throws Exception {
        String id = JsonPath.read(begin("a.pdf", 100).andReturn().getResponse().getContentAsString(), "$.id");
        Person other = storage.teacher();
        mvc.perform(head("/api/v1/uploads/" + id).with(as(other))).andExpect(status().isNotFound());
        mvc.perform(patch("/api/v1/uploads/" + id).param("offset", "0").with(as(other))
                .contentType(MediaType.APPLICATION_OCTET_STREAM).content(new byte[100]))
                .andExpect(status().isNotFound());
        mvc.perform(head("/api/v1/uploads/not-an-id").with(as(teacher))).andExpect(status().isNotFound());
    }

    @Test
    void beginningAndCancellingAnUploadAreAudited() throws Exception {
        String id = begin("草稿.pdf", 1000).andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location").replace("/api/v1/uploads/", "");
        mvc.perform(delete("/api/v1/uploads/" + id).with(as(teacher))).andExpect(status().isNoContent());
        assertThat(jdbc.sql("""
                SELECT action FROM audit_event WHERE target_type = 'upload' AND target_id = ? AND actor_id = ?
                ORDER BY id""").params(id, teacher.id()).query(String.class).list())
                .containsExactly("UPLOAD_STARTED", "UPLOAD_CANCELLED");
    }

    private ResultActions begin(String name, long size) throws Exception {
        return mvc.perform(post("/api/v1/uploads").with(as(teacher)).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"" + name + "\",\"size\":" + size + "}"));
    }

    private ResultActions chunk(String id, byte[] bytes, int offset, int length) throws Exception {
        return mvc.perform(patch("/api/v1/uploads/" + id).param("offset", String.valueOf(offset))
                .header("Accept-Language", "en").with(as(teacher)).contentType(MediaType.APPLICATION_OCTET_STREAM)
                .content(Arrays.copyOfRange(bytes, offset, offset + length)));
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
