package org.renrentong.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renrentong.resource.LomRecord;

class LomXmlTest {

    private static final Instant PUBLISHED = Instant.parse("2026-09-01T08:30:00Z");
    private static final Instant CHANGED = Instant.parse("2026-10-02T09:15:42Z");

    private final LomRecord record = new LomRecord(
            new LomRecord.General(new LomRecord.Identifier("130102", "130102:42"), "平行四边形的面积 <教案>", "zh",
                    "第一课时 & 练习", List.of("面积", "平行四边形")),
            new LomRecord.LifeCycle("3", "final", List.of(new LomRecord.Contribute("author", "王老师, 数学组", PUBLISHED),
                    new LomRecord.Contribute("publisher", "第一实验小学; 本部", PUBLISHED))),
            new LomRecord.MetaMetadata(List.of("LOMv1.0", "GB/T 21365-2008"), CHANGED),
            new LomRecord.Technical(List.of("application/pdf", "video/mp4"), 123_456_789L),
            new LomRecord.Educational(List.of(new LomRecord.Vocabulary("LOMv1.0", "narrative text"),
                    new LomRecord.Vocabulary("renrentong", "LESSON_PLAN")), List.of("teacher", "learner"), "zh"),
            new LomRecord.Rights(false, true, "CC-BY-4.0 https://creativecommons.org/licenses/by/4.0/"),
            List.of(new LomRecord.Relation("haspart", new LomRecord.Identifier("sha256", "ab12"), "PLAN application/pdf 10 a.pdf")),
            List.of(new LomRecord.Classification("discipline", "renrentong-textbook-tree:7",
                    List.of(new LomRecord.Taxon("STAGE:30", "小学"), new LomRecord.Taxon("SUBJECT:02", "数学")),
                    "小学 / 数学")));

    @Test
    void aRecordComesBackAsItWentWithTheNameOfItsOrigin() {
        String xml = LomXml.toXml(record, "长安区教育云, 县级");

        assertThat(xml).contains("xmlns=\"" + LomXml.NAMESPACE + "\"").contains("<string language=\"zh\">");
        LomXml.Read read = LomXml.parse(xml);
        assertThat(read.record()).isEqualTo(record);
        assertThat(read.originName()).isEqualTo("长安区教育云, 县级");
    }

    @Test
    void unknownElementsArePassedOverAndMissingPartsStayEmpty() {
        LomXml.Read read = LomXml.parse("""
                <lom xmlns="http://ltsc.ieee.org/xsd/LOM"><general><title><string language="en">Fractions</string>
                </title><extension><deep>x</deep></extension></general><annotation/></lom>""");

        assertThat(read.record().general().title()).isEqualTo("Fractions");
        assertThat(read.record().classifications()).isEmpty();
        assertThat(read.record().lifeCycle()).isNull();
        assertThat(read.originName()).isNull();
    }

    @Test
    void aRecordWithoutATitleOrBrokenOrForeignIsRefused() {
        assertThatThrownBy(() -> LomXml.parse("<lom xmlns=\"" + LomXml.NAMESPACE + "\"><general/></lom>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title");
        assertThatThrownBy(() -> LomXml.parse("<lom><general><title>")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LomXml.parse("<dc/>")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void externalEntitiesAreNeverRead() {
        String hostile = """
                <?xml version="1.0"?>
                <!DOCTYPE lom [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <lom><general><title><string language="en">x&secret;</string></title></general></lom>""";
        assertThat(LomXml.parse(hostile).record().general().title()).isEqualTo("x");
    }

    @Test
    void aRecordTooLargeIsRefusedBeforeItFillsMemory() {
        String many = "<keyword><string language=\"zh\">词</string></keyword>".repeat(LomXmlReader.MAX_ELEMENTS);
        assertThatThrownBy(() -> LomXml.parse("<lom><general><title><string>t</string></title>" + many
                + "</general></lom>")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("elements");
    }
}
