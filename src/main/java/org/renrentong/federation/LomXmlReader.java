package org.renrentong.federation;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.renrentong.resource.LomRecord;

/**
 * Reads one {@code <lom>} element into a {@link LomRecord}; see {@link LomXml}. The element is first taken into a
 * small tree, bounded in elements and text, so that a hostile record cannot exhaust memory.
 */
final class LomXmlReader {

    static final int MAX_ELEMENTS = 20_000;
    static final int MAX_TEXT = 1_000_000;

    private LomXmlReader() {
    }

    /** An element of the record: its local name, text and children. */
    private record El(String name, StringBuilder text, List<El> children) {

        // loops rather than streams: a harvested page asks these some hundred times a record

        Optional<El> child(String local) {
            return Optional.ofNullable(first(local));
        }

        El first(String local) {
            for (El c : children) {
                if (c.name.equals(local)) {
                    return c;
                }
            }
            return null;
        }

        List<El> all(String local) {
            List<El> found = new ArrayList<>(2);
            for (El c : children) {
                if (c.name.equals(local)) {
                    found.add(c);
                }
            }
            return found;
        }

        String text(String local) {
            El c = first(local);
            return c == null ? null : c.text.toString().strip();
        }

        /** The first language string of a LangString element. */
        String string(String local) {
            El c = first(local);
            return c == null ? null : c.text("string");
        }

        /** The value of a vocabulary element. */
        String value(String local) {
            El c = first(local);
            return c == null ? null : c.text("value");
        }
    }

    static LomXml.Read read(XMLStreamReader in) throws XMLStreamException {
        if (!in.isStartElement() || !"lom".equals(in.getLocalName())) {
            throw new IllegalArgumentException("Not a LOM record: <" + (in.isStartElement() ? in.getLocalName() : "")
                    + ">");
        }
        El lom = tree(in);
        El general = lom.child("general").orElseThrow(() -> new IllegalArgumentException("LOM without general"));
        String title = general.string("title");
        if (title == null || title.isEmpty()) {
            throw new IllegalArgumentException("LOM record without a title");
        }
        var identifier = general.child("identifier").map(LomXmlReader::identifier).orElse(null);
        var g = new LomRecord.General(identifier, title, general.text("language"), general.string("description"),
                map(general.all("keyword"), k -> k.child("string").map(s -> s.text.toString().strip()).orElse("")));
        LomRecord.LifeCycle life = lom.child("lifeCycle").map(l -> new LomRecord.LifeCycle(l.string("version"),
                l.value("status"), map(l.all("contribute"), LomXmlReader::contribute))).orElse(null);
        Optional<El> meta = lom.child("metaMetadata");
        Optional<LomRecord.Contribute> creator = meta.flatMap(m -> m.all("contribute").stream()
                .map(LomXmlReader::contribute).filter(c -> "creator".equals(c.role())).findFirst());
        LomRecord.MetaMetadata metaMetadata = meta.map(m -> new LomRecord.MetaMetadata(
                map(m.all("metadataSchema"), s -> s.text.toString().strip()),
                creator.map(LomRecord.Contribute::date).orElse(null))).orElse(null);
        var technical = lom.child("technical").map(t -> new LomRecord.Technical(
                map(t.all("format"), f -> f.text.toString().strip()), size(t.text("size")),
                map(t.all("location"), l -> l.text.toString().strip()))).orElse(null);
        var educational = lom.child("educational").map(e -> new LomRecord.Educational(
                map(e.all("learningResourceType"), v -> new LomRecord.Vocabulary(v.text("source"), v.text("value"))),
                map(e.all("intendedEndUserRole"), v -> v.text("value")), e.text("language"))).orElse(null);
        var rights = lom.child("rights").map(r -> new LomRecord.Rights("yes".equals(r.value("cost")),
                "yes".equals(r.value("copyrightAndOtherRestrictions")), r.string("description"))).orElse(null);
        var relations = map(lom.all("relation"), r -> new LomRecord.Relation(r.value("kind"),
                r.child("resource").flatMap(res -> res.child("identifier")).map(LomXmlReader::identifier).orElse(null),
                r.child("resource").map(res -> res.string("description")).orElse(null)));
        var classifications = map(lom.all("classification"), LomXmlReader::classification);
        var record = new LomRecord(g, life, metaMetadata, technical, educational, rights, relations, classifications);
        return new LomXml.Read(record, creator.map(LomRecord.Contribute::entity).orElse(null));
    }

    private static LomRecord.Classification classification(El c) {
        Optional<El> path = c.child("taxonPath");
        return new LomRecord.Classification(c.value("purpose"), path.map(p -> p.string("source")).orElse(null),
                path.map(p -> map(p.all("taxon"), t -> new LomRecord.Taxon(t.text("id"), t.string("entry"))))
                        .orElse(List.of()), c.string("description"));
    }

    private static LomRecord.Contribute contribute(El c) {
        String entity = c.text("entity");
        Instant date = c.child("date").map(d -> d.text("dateTime")).map(LomXmlReader::instant).orElse(null);
        return new LomRecord.Contribute(c.value("role"), entity == null ? null : LomXml.formattedName(entity), date);
    }

    private static LomRecord.Identifier identifier(El id) {
        return new LomRecord.Identifier(id.text("catalog"), id.text("entry"));
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static long size(String text) {
        try {
            return text == null ? 0 : Math.max(0, Long.parseLong(text));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static <T> List<T> map(List<El> elements, Function<El, T> f) {
        List<T> mapped = new ArrayList<>(elements.size());
        for (El e : elements) {
            mapped.add(f.apply(e));
        }
        return Collections.unmodifiableList(mapped);
    }

    /** The element the reader stands on, with everything in it; the reader is left on its end. */
    private static El tree(XMLStreamReader in) throws XMLStreamException {
        List<El> open = new ArrayList<>();
        El root = new El(in.getLocalName(), new StringBuilder(), new ArrayList<>());
        open.add(root);
        int elements = 1;
        int text = 0;
        while (!open.isEmpty()) {
            int event = in.next();
            El current = open.get(open.size() - 1);
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (++elements > MAX_ELEMENTS) {
                    throw new IllegalArgumentException("LOM record with more than " + MAX_ELEMENTS + " elements");
                }
                El child = new El(in.getLocalName(), new StringBuilder(), new ArrayList<>());
                current.children().add(child);
                open.add(child);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                open.remove(open.size() - 1);
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text += in.getTextLength();
                if (text > MAX_TEXT) {
                    throw new IllegalArgumentException("LOM record longer than " + MAX_TEXT + " characters");
                }
                current.text().append(in.getTextCharacters(), in.getTextStart(), in.getTextLength());
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new IllegalArgumentException("LOM record cut short");
            }
        }
        return root;
    }
}
