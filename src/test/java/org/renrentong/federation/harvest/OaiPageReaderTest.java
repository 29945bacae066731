package org.renrentong.federation.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.renrentong.resource.Licence;
import org.renrentong.resource.ResourceType;

/** Reading ListRecords answers: records, tokens, and the bounds and refusals that keep a hostile source out. */
class OaiPageReaderTest {

    static final HarvestSource CHILD = new HarvestSource(1, "第一中学", "http://school.example.cn/oai", "oai_dc", null,
            60, SourceState.ACTIVE, "s1", null, null, null, null, null, Instant.now(), 0, null);

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
        assertThat(first.type()).isEqualTo(ResourceType.LESSON_PLAN);
        assertThat(first.licence()).isEqualTo(Licence.CC_BY_4_0);
        assertThat(first.originUrl()).isEqualTo("http://school.example.cn/resources/42");
        assertThat(page.records().get(1).deleted()).isTrue();
        assertThat(page.records().get(1).originCode()).isEqualTo("s9");
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
}
