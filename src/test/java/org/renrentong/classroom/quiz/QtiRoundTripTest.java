package org.renrentong.classroom.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.renrentong.shared.DomainException;

/** Items of every kind survive a QTI 3.0 package and back; a malformed or hostile package is refused cleanly. */
class QtiRoundTripTest {

    private static Item item(long id, ItemKind kind, List<String> choices, List<Integer> correct, Boolean truth,
                             List<List<String>> blanks, String guidance) {
        return new Item(id, 1, "王老师", 1L, false, "14", null, kind, "已知 \\( x^2 = 4 \\)，则\n下列说法", choices,
                correct, truth, blanks, guidance, null, false);
    }

    @Test
    void everyKindComesBackAsItWent() throws IOException {
        List<Item> items = List.of(
                item(1, ItemKind.SINGLE_CHOICE, List.of("x=2", "x=-2", "x=±2"), List.of(2), null, List.of(), null),
                item(2, ItemKind.MULTIPLE_CHOICE, List.of("a<b", "a&b", "c"), List.of(0, 1), null, List.of(), null),
                item(3, ItemKind.TRUE_FALSE, List.of(), List.of(), true, List.of(), null),
                item(4, ItemKind.FILL_IN, List.of(), List.of(), null, List.of(List.of("2", "２"), List.of("-2")),
                        null),
                item(5, ItemKind.SHORT_ANSWER, List.of(), List.of(), null, List.of(), "写出两个根"));
        byte[] zip = QtiWriter.zip(items);
        String single = new String(QtiWriter.item(items.get(0)), StandardCharsets.UTF_8);
        assertThat(single).contains("qti-assessment-item", "qti-choice-interaction", "qti-response-declaration",
                "rptemplates/match_correct.xml");

        List<QtiReader.Read> read = QtiReader.read(zip, "14");

        assertThat(read).allSatisfy(r -> assertThat(r.errorKey()).isNull());
        for (int i = 0; i < items.size(); i++) {
            ItemDraft went = items.get(i).draft().checked();
            assertThat(read.get(i).draft()).isEqualTo(went);
        }
    }

    @Test
    void externalEntitiesAreNotRead() throws IOException {
        String hostile = """
                <?xml version="1.0"?>
                <!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="x">
                <qti-item-body><p>&secret;</p><qti-extended-text-interaction response-identifier="RESPONSE"/>
                </qti-item-body></qti-assessment-item>""";
        byte[] zip = zip(Map.of("imsmanifest.xml", manifest("x.xml"), "x.xml", hostile));
        List<QtiReader.Read> read = QtiReader.read(zip, "14");
        assertThat(read).hasSize(1);
        assertThat(read.get(0).draft() == null ? "" : read.get(0).draft().stem()).doesNotContain("root:");
    }

    @Test
    void aMalformedPackageIsRefusedWithAReasonPerFile() throws IOException {
        byte[] zip = zip(Map.of("imsmanifest.xml", manifest("a.xml", "b.xml", "c.xml"), "a.xml", "<qti-assess",
                "b.xml", """
                        <qti-assessment-item identifier="b"><qti-response-declaration identifier="RESPONSE"
                        cardinality="single" base-type="identifier"/><qti-item-body><p>题</p>
                        <qti-choice-interaction response-identifier="RESPONSE" max-choices="1">
                        <qti-simple-choice identifier="A">甲</qti-simple-choice>
                        <qti-simple-choice identifier="B">乙</qti-simple-choice></qti-choice-interaction>
                        </qti-item-body></qti-assessment-item>"""));
        List<QtiReader.Read> read = QtiReader.read(zip, "14");
        assertThat(read).extracting(QtiReader.Read::errorKey)
                .containsExactly("quiz.qti.malformed", "quiz.item.correct.required", "quiz.qti.file.missing");
        assertThatThrownBy(() -> QtiReader.read("not a zip".getBytes(StandardCharsets.UTF_8), "14"))
                .isInstanceOf(DomainException.class).hasMessage("quiz.qti.notZip");
        assertThatThrownBy(() -> QtiReader.read(zip(Map.of("x.xml", "<a/>")), "14"))
                .hasMessage("quiz.qti.manifest.missing");
    }

    static String manifest(String... hrefs) {
        StringBuilder resources = new StringBuilder();
        for (String href : hrefs) {
            resources.append("<resource identifier=\"r\" type=\"imsqti_item_xmlv3p0\" href=\"").append(href)
                    .append("\"/>");
        }
        return "<manifest><resources>" + resources + "</resources></manifest>";
    }

    static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
