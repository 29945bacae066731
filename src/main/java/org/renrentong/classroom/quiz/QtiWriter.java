package org.renrentong.classroom.quiz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes items as QTI 3.0 assessment items in a content package (imsmanifest.xml and one file per item); the
 * mapping is documented in docs/qti.md.
 */
final class QtiWriter {

    static final String QTI = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";
    static final String CP = "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1";
    static final String TEMPLATES = "https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/";
    static final String ITEM_TYPE = "imsqti_item_xmlv3p0";

    private QtiWriter() {
    }

    static byte[] zip(List<Item> items) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("imsmanifest.xml"));
            zip.write(manifest(items));
            zip.closeEntry();
            for (Item item : items) {
                zip.putNextEntry(new ZipEntry(href(item)));
                zip.write(item(item));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static String href(Item item) {
        return "items/item-" + item.id() + ".xml";
    }

    static byte[] manifest(List<Item> items) {
        return write(out -> {
            out.writeStartElement("manifest");
            out.writeDefaultNamespace(CP);
            out.writeAttribute("identifier", "renrentong-items");
            out.writeEmptyElement("organizations");
            out.writeStartElement("resources");
            for (Item item : items) {
                out.writeStartElement("resource");
                out.writeAttribute("identifier", "item-" + item.id());
                out.writeAttribute("type", ITEM_TYPE);
                out.writeAttribute("href", href(item));
                out.writeEmptyElement("file");
                out.writeAttribute("href", href(item));
                out.writeEndElement();
            }
            out.writeEndElement();
            out.writeEndElement();
        });
    }

    static byte[] item(Item item) {
        return write(out -> {
            out.writeStartElement("qti-assessment-item");
            out.writeDefaultNamespace(QTI);
            out.writeAttribute("identifier", "item-" + item.id());
            out.writeAttribute("title", title(item.stem()));
            out.writeAttribute("adaptive", "false");
            out.writeAttribute("time-dependent", "false");
            declarations(out, item);
            out.writeEmptyElement("qti-outcome-declaration");
            out.writeAttribute("identifier", "SCORE");
            out.writeAttribute("cardinality", "single");
            out.writeAttribute("base-type", "float");
            out.writeStartElement("qti-item-body");
            paragraphs(out, item.stem());
            body(out, item);
            out.writeEndElement();
            processing(out, item);
            out.writeEndElement();
        });
    }

    private static void declarations(XMLStreamWriter out, Item item) throws XMLStreamException {
        switch (item.kind()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> declaration(out, "RESPONSE",
                    item.kind() == ItemKind.SINGLE_CHOICE ? "single" : "multiple", "identifier",
                    item.correct().stream().map(Item::letter).toList(), List.of());
            case TRUE_FALSE -> declaration(out, "RESPONSE", "single", "identifier",
                    List.of(String.valueOf(item.answerTrue())), List.of());
            case FILL_IN -> {
                for (int b = 0; b < item.blanks().size(); b++) {
                    List<String> accepted = item.blanks().get(b);
                    declaration(out, blank(b), "single", "string", List.of(accepted.get(0)), accepted);
                }
            }
            case SHORT_ANSWER -> declaration(out, "RESPONSE", "single", "string", List.of(), List.of());
        }
    }

    private static void declaration(XMLStreamWriter out, String id, String cardinality, String baseType,
                                    List<String> correct, List<String> mapped) throws XMLStreamException {
        out.writeStartElement("qti-response-declaration");
        out.writeAttribute("identifier", id);
        out.writeAttribute("cardinality", cardinality);
        out.writeAttribute("base-type", baseType);
        if (!correct.isEmpty()) {
            out.writeStartElement("qti-correct-response");
            for (String value : correct) {
                out.writeStartElement("qti-value");
                out.writeCharacters(value);
                out.writeEndElement();
            }
            out.writeEndElement();
        }
        if (!mapped.isEmpty()) {
            out.writeStartElement("qti-mapping");
            out.writeAttribute("default-value", "0");
            for (String key : mapped) {
                out.writeEmptyElement("qti-map-entry");
                out.writeAttribute("map-key", key);
                out.writeAttribute("mapped-value", "1");
            }
            out.writeEndElement();
        }
        out.writeEndElement();
    }

    private static void body(XMLStreamWriter out, Item item) throws XMLStreamException {
        switch (item.kind()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                out.writeStartElement("qti-choice-interaction");
                out.writeAttribute("response-identifier", "RESPONSE");
                out.writeAttribute("max-choices", item.kind() == ItemKind.SINGLE_CHOICE ? "1" : "0");
                for (int i = 0; i < item.choices().size(); i++) {
                    choice(out, Item.letter(i), item.choices().get(i));
                }
                out.writeEndElement();
            }
            case TRUE_FALSE -> {
                out.writeStartElement("qti-choice-interaction");
                out.writeAttribute("response-identifier", "RESPONSE");
                out.writeAttribute("max-choices", "1");
                choice(out, "true", "正确");
                choice(out, "false", "错误");
                out.writeEndElement();
            }
            case FILL_IN -> {
                for (int b = 0; b < item.blanks().size(); b++) {
                    out.writeStartElement("p");
                    out.writeEmptyElement("qti-text-entry-interaction");
                    out.writeAttribute("response-identifier", blank(b));
                    out.writeEndElement();
                }
            }
            case SHORT_ANSWER -> {
                out.writeEmptyElement("qti-extended-text-interaction");
                out.writeAttribute("response-identifier", "RESPONSE");
                if (item.guidance() != null) {
                    out.writeStartElement("qti-rubric-block");
                    out.writeAttribute("use", "scoring");
                    out.writeAttribute("view", "scorer");
                    out.writeStartElement("qti-content-body");
                    paragraphs(out, item.guidance());
                    out.writeEndElement();
                    out.writeEndElement();
                }
            }
        }
    }

    private static void processing(XMLStreamWriter out, Item item) throws XMLStreamException {
        if (item.kind() == ItemKind.SHORT_ANSWER) {
            return;
        }
        if (item.kind() != ItemKind.FILL_IN) {
            out.writeEmptyElement("qti-response-processing");
            out.writeAttribute("template", TEMPLATES + "match_correct.xml");
            return;
        }
        if (item.blanks().size() == 1) {
            out.writeEmptyElement("qti-response-processing");
            out.writeAttribute("template", TEMPLATES + "map_response.xml");
            return;
        }
        // the standard templates know one response: several blanks add up their mapped values
        out.writeStartElement("qti-response-processing");
        out.writeStartElement("qti-set-outcome-value");
        out.writeAttribute("identifier", "SCORE");
        out.writeStartElement("qti-sum");
        for (int b = 0; b < item.blanks().size(); b++) {
            out.writeEmptyElement("qti-map-response");
            out.writeAttribute("identifier", blank(b));
        }
        out.writeEndElement();
        out.writeEndElement();
        out.writeEndElement();
    }

    private static void choice(XMLStreamWriter out, String id, String text) throws XMLStreamException {
        out.writeStartElement("qti-simple-choice");
        out.writeAttribute("identifier", id);
        out.writeCharacters(text);
        out.writeEndElement();
    }

    private static void paragraphs(XMLStreamWriter out, String text) throws XMLStreamException {
        for (String line : text.split("\n")) {
            out.writeStartElement("p");
            out.writeCharacters(line);
            out.writeEndElement();
        }
    }

    static String blank(int index) {
        return "RESPONSE_" + (index + 1);
    }

    private static String title(String stem) {
        String first = stem.lines().findFirst().orElse("").strip();
        return first.length() > 60 ? first.substring(0, 60) : first;
    }

    private interface Body {
        void write(XMLStreamWriter out) throws XMLStreamException;
    }

    private static byte[] write(Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter out = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            out.writeStartDocument("UTF-8", "1.0");
            body.write(out);
            out.writeEndDocument();
            out.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }
}
