package org.renrentong.federation.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.renrentong.federation.harvest.FakeOaiSource.deleted;
import static org.renrentong.federation.harvest.FakeOaiSource.page;
import static org.renrentong.federation.harvest.FakeOaiSource.withMetadata;

import static org.renrentong.identity.Logins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renrentong.federation.LomXml;
import org.renrentong.federation.harvest.FakeOaiSource.Answer;
import org.renrentong.resource.LomRecord;
import org.renrentong.resource.Resource;
import org.renrentong.resource.ResourceFile;
import org.renrentong.resource.Resources;
import org.renrentong.storage.SampleFiles;
import org.renrentong.storage.StoredFiles;
import org.renrentong.testing.Fixtures;
import org.renrentong.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.renrentong.identity.Logins;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Copying the files of harvested resources from a small source (OAI-PMH and its files served by test servers): the
 * copy is kept and offered here, a checksum that does not match is refused without keeping anything, identical
 * bytes are stored once, an interrupted copy goes on from the bytes it had, a file replaced at the origin replaces
 * the copy, and a withdrawn record's file goes.
 */
@IntegrationTest
class FileCopyTest {

    @Autowired Fixtures fixtures;
    @Autowired HarvestSources sources;
    @Autowired Harvester harvester;
    @Autowired FileCopier copier;
    @Autowired FileCopyRepository queue;
    @Autowired HarvestRepository repository;
    @Autowired Resources resources;
    @Autowired StoredFiles storedFiles;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired Logins logins;

    FakeOaiSource oai;
    FakeFileServer files;
    String code;

    @BeforeEach
    void servers() throws Exception {
        oai = new FakeOaiSource();
        files = new FakeFileServer();
        code = "school" + Fixtures.unique();
    }

    @AfterEach
    void close() {
        oai.close();
        files.close();
    }

    private String id(int n) {
        return "oai:" + code + ":resource/" + n;
    }

    /** A LOM record with one file: where it is served and the SHA-256 its origin announces. */
    private String record(int n, String stamp, String url, String sha256) {
        LomRecord lom = new LomRecord(
                new LomRecord.General(new LomRecord.Identifier(code, id(n)), "勾股定理教案" + n, "zh", "说明", List.of()),
                null, null, new LomRecord.Technical(List.of("application/pdf"), 1, List.of(url)), null, null,
                List.of(new LomRecord.Relation("haspart", new LomRecord.Identifier("sha256", sha256),
                        "MAIN application/pdf 1 教案" + n + ".pdf")), List.of());
        return withMetadata(id(n), stamp, LomXml.toXml(lom, "第一实验小学"));
    }

    private long copyingSource(String... records) {
        oai.listRecords(args -> Answer.ok(page(null, records)));
        long source = sources.add(fixtures.platformAdmin(),
                new SourceForm("复制文件的来源", oai.baseUrl(), "lom", null, 60, false, true)).id();
        harvester.run(source);
        return source;
    }

    private void copyAll() {
        for (int i = 0; i < 20 && copier.copyNext(); i++) {
            // each call copies one due file
        }
    }

    private Resource resourceOf(String identifier) {
        long rid = jdbc.sql("SELECT id FROM resource WHERE origin_identifier = ?").param(identifier)
                .query(Long.class).single();
        return resources.get(null, rid);
    }

    private byte[] content(ResourceFile f) throws Exception {
        try (var in = storedFiles.content(f.fileId()).getInputStream()) {
            return in.readAllBytes();
        }
    }

    private long blobs(String sha256) {
        return jdbc.sql("SELECT count(*) FROM blob WHERE sha256 = ?").param(sha256).query(Long.class).single();
    }

    private long queued(String identifier) {
        return jdbc.sql("SELECT id FROM harvest_file WHERE origin_identifier = ?").param(identifier)
                .query(Long.class).single();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCopiedFileIsKeptHereAndOfferedOnTheResource() throws Exception {
        byte[] pdf = SampleFiles.pdf("复制" + code, 20_000);
        long source = copyingSource(record(1, "2026-03-01T00:00:00Z", files.serve("a.pdf", pdf), sha256(pdf)));
        assertThat(resourceOf(id(1)).files()).as("before the copy, the files stay at the origin").isEmpty();

        copyAll();

        Resource r = resourceOf(id(1));
        assertThat(r.files()).hasSize(1);
        assertThat(r.files().get(0).sha256()).isEqualTo(sha256(pdf));
        assertThat(r.files().get(0).name()).isEqualTo("教案1.pdf");
        assertThat(content(r.files().get(0))).isEqualTo(pdf);
        CopyFigures figures = sources.get(fixtures.platformAdmin(), source).files();
        assertThat(figures.copied()).isEqualTo(1);
        assertThat(figures.bytes()).isEqualTo(pdf.length);
    }

    @Test
    void bytesThatDoNotMatchTheAnnouncedChecksumAreRefusedAndNothingIsKept() throws Exception {
        byte[] pdf = SampleFiles.pdf("不符" + code, 20_000);
        String announced = sha256(SampleFiles.pdf("另一个文件" + code, 20_000));
        long source = copyingSource(record(1, "2026-03-01T00:00:00Z", files.serve("b.pdf", pdf), announced));

        copyAll();

        assertThat(resourceOf(id(1)).files()).isEmpty();
        assertThat(blobs(sha256(pdf))).isZero();
        assertThat(blobs(announced)).isZero();
        long row = queued(id(1));
        assertThat(Files.exists(copier.part(row))).as("no half-written part is kept as the file").isFalse();
        assertThat(jdbc.sql("SELECT reason FROM harvest_file WHERE id = ?").param(row).query(String.class).single())
                .isEqualTo("upload.sha256.mismatch");
        CopyFigures figures = sources.get(fixtures.platformAdmin(), source).files();
        assertThat(figures.copied()).isZero();
        assertThat(figures.failedAttempts()).isEqualTo(1);
    }

    @Test
    void twoRecordsWithTheSameBytesShareOneBlobAndTheSecondIsNotDownloaded() throws Exception {
        byte[] pdf = SampleFiles.pdf("同一文件" + code, 20_000);
        String sha = sha256(pdf);
        copyingSource(record(1, "2026-03-01T00:00:00Z", files.serve("c1.pdf", pdf), sha),
                record(2, "2026-03-01T00:00:00Z", files.serve("c2.pdf", pdf), sha));

        copyAll();

        ResourceFile first = resourceOf(id(1)).files().get(0);
        ResourceFile second = resourceOf(id(2)).files().get(0);
        assertThat(first.fileId()).isNotEqualTo(second.fileId());
        assertThat(content(second)).isEqualTo(pdf);
        assertThat(blobs(sha)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT refs FROM blob WHERE sha256 = ?").param(sha).query(Integer.class).single())
                .isEqualTo(2);
        assertThat(files.ranges()).as("the second file is already here").hasSize(1);
    }

    @Test
    void anInterruptedCopyGoesOnFromTheBytesItHad() throws Exception {
        byte[] pdf = SampleFiles.pdf("断点续传" + code, 200_000);
        files.dropHalfwayOnce("d.pdf");
        copyingSource(record(1, "2026-03-01T00:00:00Z", files.serve("d.pdf", pdf), sha256(pdf)));

        copyAll();

        long row = queued(id(1));
        assertThat(resourceOf(id(1)).files()).isEmpty();
        long kept = Files.size(copier.part(row));
        assertThat(kept).isPositive().isLessThan(pdf.length);
        jdbc.sql("UPDATE harvest_file SET next_try_at = now() WHERE id = ?").param(row).update();

        copyAll();

        assertThat(files.ranges()).containsExactly("none", "bytes=" + kept + "-");
        assertThat(content(resourceOf(id(1)).files().get(0))).isEqualTo(pdf);
        assertThat(Files.exists(copier.part(row))).isFalse();
    }

    @Test
    void anOriginThatStopsSendingMidFileIsCutOffAndTheCopyGoesOnLater() throws Exception {
        byte[] pdf = SampleFiles.pdf("停顿" + code, 200_000);
        files.stallHalfwayOnce("g.pdf");
        copyingSource(record(1, "2026-03-01T00:00:00Z", files.serve("g.pdf", pdf), sha256(pdf)));

        copyAll();

        long row = queued(id(1));
        assertThat(jdbc.sql("SELECT reason FROM harvest_file WHERE id = ?").param(row).query(String.class).single())
                .isEqualTo("TIMEOUT");
        long kept = Files.size(copier.part(row));
        assertThat(kept).isPositive().isLessThan(pdf.length);
        jdbc.sql("UPDATE harvest_file SET next_try_at = now() WHERE id = ?").param(row).update();

        copyAll();

        assertThat(files.ranges()).containsExactly("none", "bytes=" + kept + "-");
        assertThat(content(resourceOf(id(1)).files().get(0))).isEqualTo(pdf);
    }

    @Test
    void aResourcePageOffersTheCopiedFileFromHere() throws Exception {
        byte[] pdf = SampleFiles.pdf("页面" + code, 20_000);
        copyingSource(record(1, "2026-03-01T00:00:00Z", files.serve("h.pdf", pdf), sha256(pdf)));
        Resource before = resourceOf(id(1));
        String page = mvc.perform(get("/resources/" + before.id())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("/api/v1/resources/" + before.id() + "/files/");

        copyAll();

        Resource r = resourceOf(id(1));
        page = mvc.perform(get("/resources/" + r.id())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("/api/v1/resources/" + r.id() + "/files/" + r.files().get(0).fileId()
                + "?download=true");
        mvc.perform(get("/api/v1/resources/" + r.id() + "/files/" + r.files().get(0).fileId()))
                .andExpect(status().isOk());
    }

    @Test
    void aRecordWithdrawnAtItsOriginReleasesItsCopiedFile() throws Exception {
        byte[] pdf = SampleFiles.pdf("撤下" + code, 20_000);
        String url = files.serve("e.pdf", pdf);
        long source = copyingSource(record(1, "2026-03-01T00:00:00Z", url, sha256(pdf)));
        copyAll();
        long fileId = resourceOf(id(1)).files().get(0).fileId();

        oai.listRecords(args -> Answer.ok(page(null, deleted(id(1), "2026-03-02T00:00:00Z"))));
        repository.due(source);
        harvester.run(source);

        assertThat(storedFiles.file(fileId)).isEmpty();
        assertThat(blobs(sha256(pdf))).as("no other file shares its bytes").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM harvest_file WHERE origin_identifier = ?").param(id(1))
                .query(Long.class).single()).as("should it come back, its files are copied anew").isZero();
    }

    @Test
    void aFileReplacedAtItsOriginReplacesTheCopy() throws Exception {
        byte[] first = SampleFiles.pdf("初稿" + code, 20_000);
        long source = copyingSource(record(1, "2026-03-01T00:00:00Z", files.serve("g.pdf", first), sha256(first)));
        copyAll();
        long firstCopy = resourceOf(id(1)).files().get(0).fileId();

        byte[] second = SampleFiles.pdf("修订稿" + code, 21_000);
        oai.listRecords(args -> Answer.ok(page(null,
                record(1, "2026-03-02T00:00:00Z", files.serve("g2.pdf", second), sha256(second)))));
        repository.due(source);
        harvester.run(source);
        assertThat(resourceOf(id(1)).files()).as("the old copy leaves with the harvest that replaced it").isEmpty();
        assertThat(storedFiles.file(firstCopy)).isEmpty();
        copyAll();

        List<ResourceFile> now = resourceOf(id(1)).files();
        assertThat(now).extracting(ResourceFile::sha256).containsExactly(sha256(second));
        assertThat(content(now.get(0))).isEqualTo(second);
    }

    @Test
    void theJsonApiSetsTheChoiceAndShowsTheCopyFigures() throws Exception {
        String body = mvc.perform(post("/api/v1/harvest/sources").with(as(logins.platformAdmin()))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name":"接口添加的来源","baseUrl":"%s","metadataPrefix":"lom","intervalMinutes":60,"paused":false,
                                 "copyFiles":true}""".formatted(oai.baseUrl())))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.copyFiles").value(true))
                .andReturn().getResponse().getContentAsString();
        long source = ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue();
        mvc.perform(get("/api/v1/harvest/sources/" + source).with(as(logins.platformAdmin())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.source.copyFiles").value(true))
                .andExpect(jsonPath("$.files.copied").value(0));
    }

    @Test
    void aSourceThatDoesNotCopyLeavesTheFilesAtTheOrigin() throws Exception {
        byte[] pdf = SampleFiles.pdf("不复制" + code, 20_000);
        oai.listRecords(args -> Answer.ok(page(null,
                record(1, "2026-03-01T00:00:00Z", files.serve("f.pdf", pdf), sha256(pdf)))));
        long source = sources.add(fixtures.platformAdmin(),
                new SourceForm("不复制的来源", oai.baseUrl(), "lom", null, 60, false, false)).id();
        harvester.run(source);

        assertThat(jdbc.sql("SELECT count(*) FROM harvest_file WHERE source_id = ?").param(source)
                .query(Long.class).single()).isZero();
    }
}
