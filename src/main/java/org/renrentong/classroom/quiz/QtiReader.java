package org.renrentong.classroom.quiz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.renrentong.shared.DomainException;

/**
 * Reads a QTI 3.0 content package into drafts, safely: no DTDs or external entities, a bounded number and size of
 * entries. Each item file is read on its own; what cannot be read becomes an error of that file.
 */
final class QtiReader {

    static final int MAX_ENTRIES = 500;
    static final int MAX_ENTRY_BYTES = 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 20L * 1024 * 1024;

    /** An item file read: its draft, or the message key of why not (with its arguments). */
    record Read(String file, ItemDraft draft, String errorKey, Object[] args) {
    }

    private QtiReader() {
    }

    /** The item files named by the package's manifest, read, in the manifest's order. */
    static List<Read> read(byte[] zip, String subjectCode) {
        Map<String, byte[]> entries = entries(zip);
        byte[] manifest = entries.get("imsmanifest.xml");
        if (manifest == null) {
            throw DomainException.invalid("quiz.qti.manifest.missing");
        }
        List<String> hrefs;
        try {
            hrefs = hrefs(manifest);
        } catch (XMLStreamException | RuntimeException e) {
            throw DomainException.invalid("quiz.qti.manifest.malformed");
        }
        if (hrefs.isEmpty()) {
            throw DomainException.invalid("quiz.qti.empty");
        }
        List<Read> out = new ArrayList<>();
        for (String href : hrefs) {
            byte[] file = entries.get(href);
            if (file == null) {
                out.add(new Read(href, null, "quiz.qti.file.missing", new Object[0]));
                continue;
            }
            try {
                out.add(new Read(href, item(file, subjectCode).checked(), null, new Object[0]));
            } catch (DomainException e) {
                out.add(new Read(href, null, e.messageKey(), e.args()));
            } catch (XMLStreamException | RuntimeException e) {
                out.add(new Read(href, null, "quiz.qti.malformed", new Object[0]));
            }
        }
        return out;
    }

    private static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                if (entries.size() >= MAX_ENTRIES) {
                    throw DomainException.invalid("quiz.qti.tooLarge");
                }
                byte[] bytes = bounded(in);
                total += bytes.length;
                if (total > MAX_TOTAL_BYTES) {
                    throw DomainException.invalid("quiz.qti.tooLarge");
                }
                entries.put(entry.getName(), bytes);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw DomainException.invalid("quiz.qti.notZip");
        }
        if (entries.isEmpty()) {
            throw DomainException.invalid("quiz.qti.notZip");
        }
        return entries;
    }

    private static byte[] bounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            out.write(buffer, 0, n);
            if (out.size() > MAX_ENTRY_BYTES) {
                throw DomainException.invalid("quiz.qti.tooLarge");
            }
        }
        return out.toByteArray();
    }

    private static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
        // the JDK's own parser, whose switches for DTDs and external entities are known to hold
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return f.createXMLStreamReader(new ByteArrayInputStream(xml));
    }

    static List<String> hrefs(byte[] manifest) throws XMLStreamException {
        XMLStreamReader r = reader(manifest);
        List<String> hrefs = new ArrayList<>();
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("resource")) {
                String type = r.getAttributeValue(null, "type");
                String href = r.getAttributeValue(null, "href");
                if (href != null && type != null && type.startsWith("imsqti_item_xmlv3p0")) {
                    hrefs.add(href);
                }
            }
        }
        return hrefs;
    }

    /** One response declaration: its cardinality, correct values and mapped keys. */
    private static final class Declaration {
        String cardinality = "single";
        final List<String> correct = new ArrayList<>();
        final Set<String> mapped = new LinkedHashSet<>();
    }

    /**
     * The text of the element the reader stands on, up to its end, nested markup dropped; a blank met inside (a text
     * entry within a paragraph) is noted.
     */
    private static String text(XMLStreamReader r, List<String> blanks) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (r.getLocalName().equals("qti-text-entry-interaction")) {
                    blanks.add(r.getAttributeValue(null, "response-identifier"));
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(r.getText());
            }
        }
        return text.toString();
    }

    static ItemDraft item(byte[] xml, String subjectCode) throws XMLStreamException {
        XMLStreamReader r = reader(xml);
        Map<String, Declaration> declarations = new LinkedHashMap<>();
        List<String> stem = new ArrayList<>();
        List<String> choiceIds = new ArrayList<>();
        List<String> choiceTexts = new ArrayList<>();
        List<String> blanks = new ArrayList<>();
        StringBuilder guidance = new StringBuilder();
        boolean root = false;
        boolean extended = false;
        boolean choices = false;
        Declaration current = null;
        String inValue = null;
        int depthInBody = 0;
        boolean inRubric = false;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                switch (name) {
                    case "qti-assessment-item" -> root = true;
                    case "qti-response-declaration" -> {
                        current = new Declaration();
                        String cardinality = r.getAttributeValue(null, "cardinality");
                        current.cardinality = cardinality == null ? "single" : cardinality;
                        declarations.put(String.valueOf(r.getAttributeValue(null, "identifier")), current);
                    }
                    case "qti-value" -> inValue = current == null ? null : "value";
                    case "qti-map-entry" -> {
                        if (current != null && r.getAttributeValue(null, "map-key") != null) {
                            current.mapped.add(r.getAttributeValue(null, "map-key"));
                        }
                    }
                    case "qti-item-body" -> depthInBody = 1;
                    case "qti-choice-interaction" -> choices = true;
                    case "qti-simple-choice" -> {
                        choiceIds.add(String.valueOf(r.getAttributeValue(null, "identifier")));
                        choiceTexts.add(text(r, blanks).strip());
                    }
                    case "qti-text-entry-interaction" -> blanks.add(r.getAttributeValue(null, "response-identifier"));
                    case "qti-extended-text-interaction" -> extended = true;
                    case "qti-rubric-block" -> inRubric = true;
                    case "p" -> {
                        if (depthInBody > 0) {
                            String text = text(r, blanks).strip();
                            if (inRubric) {
                                guidance.append(guidance.isEmpty() ? "" : "\n").append(text);
                            } else if (!text.isEmpty() && !choices) {
                                stem.add(text);
                            }
                        }
                    }
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.CHARACTERS && inValue != null && current != null) {
                current.correct.add(r.getText().strip());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (r.getLocalName()) {
                    case "qti-response-declaration" -> current = null;
                    case "qti-value" -> inValue = null;
                    case "qti-item-body" -> depthInBody = 0;
                    case "qti-rubric-block" -> inRubric = false;
                    default -> {
                    }
                }
            }
        }
        if (!root) {
            throw DomainException.invalid("quiz.qti.notItem");
        }
        String stemText = String.join("\n", stem);
        if (choices) {
            Declaration d = declarations.getOrDefault("RESPONSE", new Declaration());
            if (choiceIds.size() == 2 && choiceIds.containsAll(List.of("true", "false"))) {
                Boolean truth = d.correct.isEmpty() ? null : Boolean.valueOf(d.correct.get(0));
                return new ItemDraft(ItemKind.TRUE_FALSE, subjectCode, null, stemText, List.of(), List.of(), truth,
                        List.of(), null, false);
            }
            List<Integer> correct = d.correct.stream().map(choiceIds::indexOf).filter(i -> i >= 0).toList();
            if (correct.size() != d.correct.size()) {
                throw DomainException.invalid("quiz.item.correct.unknown");
            }
            ItemKind kind = "multiple".equals(d.cardinality) ? ItemKind.MULTIPLE_CHOICE : ItemKind.SINGLE_CHOICE;
            return new ItemDraft(kind, subjectCode, null, stemText, choiceTexts, correct, null, List.of(), null,
                    false);
        }
        if (!blanks.isEmpty()) {
            List<List<String>> accepted = new ArrayList<>();
            for (String id : blanks) {
                Declaration d = declarations.getOrDefault(id, new Declaration());
                Set<String> all = new LinkedHashSet<>(d.correct);
                all.addAll(d.mapped);
                accepted.add(List.copyOf(all));
            }
            return new ItemDraft(ItemKind.FILL_IN, subjectCode, null, stemText, List.of(), List.of(), null, accepted,
                    null, false);
        }
        if (extended) {
            return new ItemDraft(ItemKind.SHORT_ANSWER, subjectCode, null, stemText, List.of(), List.of(), null,
                    List.of(), guidance.toString(), false);
        }
        throw DomainException.invalid("quiz.qti.unsupported");
    }
}
