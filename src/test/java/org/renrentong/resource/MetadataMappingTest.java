package org.renrentong.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.renrentong.taxonomy.NodeLevel;
import org.renrentong.taxonomy.TreeNode;
import org.renrentong.taxonomy.TreePlace;

/** One check per metadata field, in LOM and in Dublin Core: nothing of ResourceMetadata is lost. */
class MetadataMappingTest {

    private static final Instant PUBLISHED = Instant.parse("2026-09-01T02:00:00Z");
    private static final Instant UPDATED = Instant.parse("2026-09-02T03:00:00Z");
    private static final String LABEL = "初中 · 数学 · 人教版（人民教育出版社） · 七年级 · 勾股定理";

    private final TreePlace place = new TreePlace(5, List.of(
            new TreeNode(1, null, NodeLevel.STAGE, "2", "初中", 0, false),
            new TreeNode(2, 1L, NodeLevel.SUBJECT, "14", "数学", 0, false),
            new TreeNode(3, 2L, NodeLevel.EDITION, "rj", "人教版", 0, false),
            new TreeNode(4, 3L, NodeLevel.GRADE, "22", "八年级", 0, false),
            new TreeNode(5, 4L, NodeLevel.LESSON, "l1", "勾股定理", 0, false)), "2", "14", "rj", "22", LABEL);
    private final ResourceMetadata m = new ResourceMetadata("130000:42", "130000", "勾股定理教学设计", "证明与应用",
            List.of("勾股定理", "直角三角形"), ResourceType.LESSON_PLAN, List.of(place),
            EnumSet.of(Audience.TEACHER, Audience.STUDENT), "zh", Licence.CC_BY_SA_4_0, "王丽", "第四十二中学", 3,
            PUBLISHED, UPDATED, List.of(
                    new ResourceFile(7, FileRole.PLAN, "设计.pdf", "application/pdf", 1000, "ab".repeat(32)),
                    new ResourceFile(8, FileRole.RECORDING, "实录.mp4", "video/mp4", 5000, "cd".repeat(32))));
    private final LomRecord lom = MetadataMapping.lom(m);
    private final List<MetadataMapping.DcElement> dc = MetadataMapping.dublinCore(m);

    @Test
    void identifierAndOrigin() {
        assertThat(lom.general().identifier()).isEqualTo(new LomRecord.Identifier("130000", "130000:42"));
        assertThat(values("dc:identifier")).containsExactly("130000:42");
        assertThat(values("dc:source")).containsExactly("130000");
    }

    @Test
    void title() {
        assertThat(lom.general().title()).isEqualTo("勾股定理教学设计");
        assertThat(values("dc:title")).containsExactly("勾股定理教学设计");
    }

    @Test
    void description() {
        assertThat(lom.general().description()).isEqualTo("证明与应用");
        assertThat(values("dc:description")).containsExactly("证明与应用");
    }

    @Test
    void keywords() {
        assertThat(lom.general().keywords()).containsExactly("勾股定理", "直角三角形");
        assertThat(values("dc:subject")).contains("勾股定理", "直角三角形");
    }

    @Test
    void typeInBothVocabularies() {
        assertThat(lom.educational().learningResourceTypes()).containsExactly(
                new LomRecord.Vocabulary("LOMv1.0", "narrative text"),
                new LomRecord.Vocabulary("renrentong", "LESSON_PLAN"));
        assertThat(values("dc:type")).containsExactly("renrentong:LESSON_PLAN");
    }

    @Test
    void placesAsTaxonPaths() {
        LomRecord.Classification c = lom.classifications().get(0);
        assertThat(c.purpose()).isEqualTo("discipline");
        assertThat(c.source()).isEqualTo("renrentong-textbook-tree:5");
        assertThat(c.taxonPath()).extracting(LomRecord.Taxon::id)
                .containsExactly("STAGE:2", "SUBJECT:14", "EDITION:rj", "GRADE:22", "LESSON:l1");
        assertThat(c.description()).isEqualTo(LABEL);
        assertThat(values("dc:subject")).contains(LABEL);
    }

    @Test
    void audiences() {
        assertThat(lom.educational().intendedEndUserRoles()).containsExactly("teacher", "learner");
        assertThat(values("dcterms:audience")).containsExactly("teacher", "learner");
    }

    @Test
    void language() {
        assertThat(lom.general().language()).isEqualTo("zh");
        assertThat(lom.educational().language()).isEqualTo("zh");
        assertThat(values("dc:language")).containsExactly("zh");
    }

    @Test
    void licence() {
        assertThat(lom.rights().cost()).isFalse();
        assertThat(lom.rights().copyrightAndOtherRestrictions()).isTrue();
        assertThat(lom.rights().description()).isEqualTo("CC-BY-SA-4.0 https://creativecommons.org/licenses/by-sa/4.0/");
        assertThat(values("dc:rights")).containsExactly("CC-BY-SA-4.0 https://creativecommons.org/licenses/by-sa/4.0/");
    }

    @Test
    void authorAndOrganisation() {
        assertThat(lom.lifeCycle().contributes()).containsExactly(
                new LomRecord.Contribute("author", "王丽", PUBLISHED),
                new LomRecord.Contribute("publisher", "第四十二中学", PUBLISHED));
        assertThat(values("dc:creator")).containsExactly("王丽");
        assertThat(values("dc:publisher")).containsExactly("第四十二中学");
    }

    @Test
    void version() {
        assertThat(lom.lifeCycle().version()).isEqualTo("3");
        assertThat(values("dcterms:hasVersion")).containsExactly("3");
    }

    @Test
    void dates() {
        assertThat(values("dc:date")).containsExactly("2026-09-01T02:00:00Z");
        assertThat(lom.metaMetadata().date()).isEqualTo(UPDATED);
        assertThat(values("dcterms:modified")).containsExactly("2026-09-02T03:00:00Z");
        assertThat(lom.metaMetadata().metadataSchemas()).containsExactly("LOMv1.0", "GB/T 21365-2008");
    }

    @Test
    void filesAsFormatsSizeAndParts() {
        assertThat(lom.technical().formats()).containsExactly("application/pdf", "video/mp4");
        assertThat(lom.technical().size()).isEqualTo(6000);
        assertThat(lom.relations()).containsExactly(
                new LomRecord.Relation("haspart", new LomRecord.Identifier("sha256", "ab".repeat(32)),
                        "PLAN application/pdf 1000 设计.pdf"),
                new LomRecord.Relation("haspart", new LomRecord.Identifier("sha256", "cd".repeat(32)),
                        "RECORDING video/mp4 5000 实录.mp4"));
        assertThat(values("dc:format")).containsExactly("application/pdf", "video/mp4");
        assertThat(values("dcterms:hasPart")).containsExactly(
                "sha256:" + "ab".repeat(32) + " PLAN application/pdf 1000 设计.pdf",
                "sha256:" + "cd".repeat(32) + " RECORDING video/mp4 5000 实录.mp4");
    }

    @Test
    void everyLocalTypeHasALomValue() {
        for (ResourceType t : ResourceType.values()) {
            ResourceMetadata typed = new ResourceMetadata(m.identifier(), m.origin(), m.title(), m.description(),
                    m.keywords(), t, m.places(), m.audiences(), m.language(), m.licence(), m.author(),
                    m.organisation(), m.version(), m.publishedAt(), m.updatedAt(), m.files());
            assertThat(MetadataMapping.lom(typed).educational().learningResourceTypes().get(0).value()).isNotNull();
        }
    }

    private List<String> values(String name) {
        return dc.stream().filter(e -> e.name().equals(name)).map(MetadataMapping.DcElement::value).toList();
    }
}
