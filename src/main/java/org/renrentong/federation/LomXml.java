package org.renrentong.federation;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.renrentong.resource.LomRecord;

/**
 * IEEE LOM in its XML binding (IEEE 1484.12.3, namespace {@value #NAMESPACE}) for {@link LomRecord}: what nodes
 * serve and harvest as the {@code lom} metadata format. Language strings carry the record's language; vocabulary
 * values their source; people and organisations are vCards with a formatted name. The node of origin's name
 * travels as the creator of the metadata (LOM 3.2), dated with the metadata's last change, so that every node
 * downstream shows where a record came from by name.
 */
public final class LomXml {

    public static final String NAMESPACE = "http://ltsc.ieee.org/xsd/LOM";
    public static final String SCHEMA = "http://ltsc.ieee.org/xsd/lomv1.0/lom.xsd";
    /** Language of strings that are not in a human language (versions, identifiers of taxon sources). */
    static final String NO_LANGUAGE = "x-none";

    private LomXml() {
    }

    /** A record read back, with the name of its node of origin (null when the record names none). */
    public record Read(LomRecord record, String originName) {
    }

    /** The record as a standalone {@code <lom>} document. */
    public static String toXml(LomRecord record, String originName) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter out = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            write(record, originName, out);
            out.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write LOM", e);
        }
        return text.toString();
    }

    /** Writes the {@code <lom>} element (with its namespace) where the writer stands. */
    public static void write(LomRecord record, String originName, XMLStreamWriter out) throws XMLStreamException {
        new LomXmlWriter(out).write(record, originName);
    }

    /** Reads a standalone {@code <lom>} document; a broken or foreign document is refused. */
    public static Read parse(String xml) {
        try {
            XMLStreamReader in = inputs().createXMLStreamReader(new StringReader(xml));
            while (!in.isStartElement()) {
                in.next();
            }
            return read(in);
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("Not a LOM record: " + e.getMessage(), e);
        }
    }

    /**
     * Reads the {@code <lom>} element the reader stands on, leaving it on that element's end. Unknown elements are
     * passed over; a record without a title or an identifier is refused ({@link IllegalArgumentException}).
     */
    public static Read read(XMLStreamReader in) throws XMLStreamException {
        return LomXmlReader.read(in);
    }

    /** StAX input with DTDs and external entities off: records come from other machines. */
    public static XMLInputFactory inputs() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // an entity reference is reported, never expanded: the readers pass over it
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    /** A vCard 3.0 with only a formatted name, its text escaped as RFC 2426 asks. */
    static String vcard(String name) {
        String escaped = name.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n");
        return "BEGIN:VCARD\nVERSION:3.0\nFN:" + escaped + "\nEND:VCARD";
    }

    /** The formatted name of a vCard (or the text itself when it is no vCard). */
    static String formattedName(String vcard) {
        String text = vcard.strip();
        if (!text.startsWith("BEGIN:VCARD")) {
            return text;
        }
        // lines() rather than a split by pattern, which would compile the pattern for every record read
        return text.lines().filter(line -> line.startsWith("FN:")).findFirst()
                .map(line -> line.substring(3).replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")
                        .replace("\\\\", "\\"))
                .orElse("");
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
