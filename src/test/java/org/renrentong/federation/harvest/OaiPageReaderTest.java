package org.renrentong.federation.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renrentong.federation.LomXml;
import org.renrentong.resource.LomRecord;
import org.renrentong.resource.Licence;
import org.renrentong.resource.ResourceType;
import org.renrentong.resource.ResourceVisibility;

/** Reading ListRecords answers: records, tokens, and the bounds and refusals that keep a hostile source out. */
class OaiPageReaderTest {

    static final HarvestSource CHILD = new HarvestSource(1, "第一中学", "http://school.example.cn/oai", "oai_dc", null,
            60, SourceState.ACTIVE, "s1", null, null, null, null, null, Instant.now(), 0, null, false);

    private OaiPage read(String xml, int maxChars) {
        return new OaiPageReader(maxChars, Instant.now().plusSeconds(300)).read(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), new RecordMapping(CHILD, Map.of()));
    }

    @Test
    void readsRecordsTokenAndTheChildsOwnRecordsLinkBack() {
        OaiPage page = read(FakeOaiSource.page("abc", FakeOaiSource.record("oai:s1:resource/42", "2026-01-01", "分数"),
                FakeOaiSource.deleted("oai:s9:resource/1", "2026-01-02T00:00:00Z")), 100_000);

        assertThat(page.resumptionToken()).isEqualTo("abc");
        assertThat(page.completeListSize()).isEqualTo(100);
        assertThat(page.records()).hasSize(2);
        var first = page.records().get(0);
        assertThat(first.datestamp()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(first.originCode()).isEqualTo("s1");
        assertThat(first.originName()).isEqualTo("第一中学");
        assertThat(first.originLevel()).as("a record in no level set").isNull();
        assertThat(first.type()).isEqualTo(ResourceType.LESSON_PLAN);
        assertThat(first.licence()).isEqualTo(Licence.CC_BY_4_0);
        assertThat(first.originUrl()).isEqualTo("http://school.example.cn/resources/42");
        assertThat(page.records().get(1).deleted()).isTrue();
        assertThat(page.records().get(1).originCode()).isEqualTo("s9");
    }

    @Test
    void aLomRecordOfAGrandchildKeepsItsOriginsNameLevelPlacesAndType() {
        HarvestSource child = new HarvestSource(1, "长安区", "http://county.example.cn/oai", "lom", null, 60,
                SourceState.ACTIVE, "c1", null, null, null, null, null, Instant.now(), 0, null, false);
        LomRecord lom = new LomRecord(
                new LomRecord.General(new LomRecord.Identifier("s1", "oai:s1:resource/9"), "平行四边形的面积", "zh",
                        "第一课时", List.of("面积")),
                new LomRecord.LifeCycle("1", "final", List.of(new LomRecord.Contribute("author", "王老师",
                        Instant.parse("2026-09-01T00:00:00Z")))),
                new LomRecord.MetaMetadata(List.of("LOMv1.0"), Instant.parse("2026-09-02T00:00:00Z")),
                new LomRecord.Technical(List.of(), 0),
                new LomRecord.Educational(List.of(new LomRecord.Vocabulary("renrentong", "SLIDES")), List.of(), "zh"),
                new LomRecord.Rights(false, true, "CC-BY-SA-4.0 https://creativecommons.org/licenses/by-sa/4.0/"),
                List.of(), List.of(new LomRecord.Classification("discipline", "renrentong-textbook-tree:7",
                        List.of(new LomRecord.Taxon("STAGE:2", "初中"), new LomRecord.Taxon("SUBJECT:14", "数学")),
                        "初中 / 数学")));
        String xml = FakeOaiSource.page(null, FakeOaiSource.withMetadata("oai:s1:resource/9", "2026-09-02T00:00:00Z",
                LomXml.toXml(lom, "第一实验小学")).replace("</datestamp>",
                "</datestamp><setSpec>level</setSpec><setSpec>level:SCHOOL</setSpec>"));

        var r = new OaiPageReader(100_000, Instant.now()).read(new ByteArrayInputStream(
                xml.getBytes(StandardCharsets.UTF_8)), new RecordMapping(child, Map.of())).records().get(0);

        assertThat(r.title()).isEqualTo("平行四边形的面积");
        assertThat(r.originCode()).isEqualTo("s1");
        assertThat(r.originName()).isEqualTo("第一实验小学");
        assertThat(r.originLevel()).isEqualTo("SCHOOL");
        assertThat(r.type()).isEqualTo(ResourceType.SLIDES);
        assertThat(r.licence()).isEqualTo(Licence.CC_BY_SA_4_0);
        assertThat(r.author()).isEqualTo("王老师");
        assertThat(r.keywords()).containsExactly("面积");
        assertThat(r.placeCodePaths()).containsExactly("2/14");
        assertThat(r.originUrl()).as("a grandchild's page is not the child's to tell").isNull();
        assertThat(r.visibility()).isEqualTo(ResourceVisibility.PUBLIC);
    }

    @Test
    void aRecordInTheSetOfJoinedNodesIsForSignedInPeople() {
        String shared = FakeOaiSource.record("oai:s1:resource/5", "2026-01-01T00:00:00Z", "仅联盟可见")
                .replace("</datestamp>", "</datestamp><setSpec>" + RecordMapping.SIGNED_IN_SET + "</setSpec>");
        OaiPage page = read(FakeOaiSource.page(null, shared, FakeOaiSource.record("oai:s1:resource/6",
                "2026-01-01T00:00:00Z", "公开")), 100_000);

        assertThat(page.records()).extracting(r -> r.visibility())
                .containsExactly(ResourceVisibility.SIGNED_IN, ResourceVisibility.PUBLIC);
    }

    @Test
    void aLevelThatIsNoNodesLevelIsIgnored() {
        String odd = FakeOaiSource.record("oai:s1:resource/7", "2026-01-01T00:00:00Z", "分数")
                .replace("</datestamp>", "</datestamp><setSpec>level:KINGDOM</setSpec>");

        assertThat(read(FakeOaiSource.page(null, odd), 100_000).records().get(0).originLevel()).isNull();
    }

    @Test
    void anEmptyTokenEndsTheListAndNoRecordsMatchIsAnEmptyPage() {
        assertThat(read(FakeOaiSource.page(null), 1000).resumptionToken()).isNull();
        assertThat(read(FakeOaiSource.error("noRecordsMatch"), 1000).records()).isEmpty();
    }

    @Test
    void aRecordPastTheBoundFailsThePage() {
        String big = "很长".repeat(600);
        assertThatThrownBy(() -> read(FakeOaiSource.page(null, FakeOaiSource.record("oai:s1:resource/1",
                "2026-01-01T00:00:00Z", big)), 1000))
                .isInstanceOfSatisfying(HarvestFailure.class, f -> assertThat(f.reason())
                        .isEqualTo(HarvestFailure.Reason.TOO_LARGE));
    }

    @Test
    void aDocumentThatIsNotOaiPmhIsRefused() {
        assertThatThrownBy(() -> read("<html><body>hello</body></html>", 1000))
                .isInstanceOfSatisfying(HarvestFailure.class, f -> assertThat(f.reason())
                        .isEqualTo(HarvestFailure.Reason.NOT_OAI));
    }

    @Test
    void theBackOffDoublesUpToItsCap() {
        HarvestSettings s = new HarvestSettings(Duration.ofSeconds(1), Duration.ofSeconds(1), 1, 1,
                Duration.ZERO, 1, Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofSeconds(1), 1);
        assertThat(s.backOff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(s.backOff(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(s.backOff(40)).isEqualTo(Duration.ofHours(1));
    }
    @Test
    void aLomRecordAnnouncesItsFilesByLocationPairedWithItsPartsAndAForeignOneByLocationAlone() {
        HarvestSource lomSource = new HarvestSource(1, "长安区", "http://county.example.cn/oai", "lom", null, 60,
                SourceState.ACTIVE, "c1", null, null, null, null, null, Instant.now(), 0, null, true);
        String sha = "ab".repeat(32);
        LomRecord ours = new LomRecord(new LomRecord.General(new LomRecord.Identifier("s1", "oai:s1:resource/9"),
                "有两个文件", "zh", null, List.of()), null, null,
                new LomRecord.Technical(List.of("application/pdf"), 2, List.of("http://c.example.cn/oai/files/9/1",
                        "http://c.example.cn/oai/files/9/2")), null, null,
                List.of(new LomRecord.Relation("haspart", new LomRecord.Identifier("sha256", sha),
                                "PLAN application/pdf 1 教案.pdf"),
                        new LomRecord.Relation("haspart", new LomRecord.Identifier("sha256", "CD".repeat(32)),
                                "SLIDES application/pdf 1 课件 第一版.pdf")), List.of());
        LomRecord foreign = new LomRecord(new LomRecord.General(new LomRecord.Identifier("pub", "oai:pub:7"),
                "出版社的资源", "zh", null, List.of()), null, null,
                new LomRecord.Technical(List.of(), 0, List.of("https://pub.example.cn/dl/%E5%9B%BE.png", "ftp://x/y")),
                null, null, List.of(), List.of());
        String xml = FakeOaiSource.page(null,
                FakeOaiSource.withMetadata("oai:s1:resource/9", "2026-09-02T00:00:00Z", LomXml.toXml(ours, "学校")),
                FakeOaiSource.withMetadata("oai:pub:7", "2026-09-02T00:00:00Z", LomXml.toXml(foreign, "出版社")));

        List<RemoteFile> files = new OaiPageReader(100_000, Instant.now()).read(new ByteArrayInputStream(
                xml.getBytes(StandardCharsets.UTF_8)), new RecordMapping(lomSource, Map.of())).files();

        assertThat(files).containsExactly(
                new RemoteFile("oai:s1:resource/9", "http://c.example.cn/oai/files/9/1", sha, "教案.pdf",
                        org.renrentong.resource.FileRole.PLAN),
                new RemoteFile("oai:s1:resource/9", "http://c.example.cn/oai/files/9/2", "cd".repeat(32),
                        "课件 第一版.pdf", org.renrentong.resource.FileRole.SLIDES),
                new RemoteFile("oai:pub:7", "https://pub.example.cn/dl/%E5%9B%BE.png", null, "图.png",
                        org.renrentong.resource.FileRole.MAIN));
    }
}
