package org.renrentong.federation.harvest;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.renrentong.federation.LomXml;
import org.renrentong.federation.harvest.HarvestFailure.Reason;
import org.renrentong.resource.HarvestedRecord;

/**
 * Reads one ListRecords answer with StAX, DTDs and external entities off: the records (through the metadata
 * format's {@link RecordMapping}), the resumption token, or the OAI error. It is read as it streams, so the
 * resumption token of each page is at hand to commit with the page. A record whose text passes the bound,
 * a datestamp that cannot be read or lies in the future fails the whole page, so nothing of it is written.
 */
class OaiPageReader {

    static final String OAI = "http://www.openarchives.org/OAI/2.0/";

    private static final XMLInputFactory FACTORY = factory();

    private final int maxRecordChars;
    private final Instant latestAllowed;

    /** @param latestAllowed datestamps after this (now plus a small clock skew) are refused */
    OaiPageReader(int maxRecordChars, Instant latestAllowed) {
        this.maxRecordChars = maxRecordChars;
        this.latestAllowed = latestAllowed;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    OaiPage read(InputStream body, RecordMapping mapping) {
        XMLStreamReader xml = null;
        try {
            xml = FACTORY.createXMLStreamReader(body);
            return page(xml, mapping);
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof HarvestFailure failure) {
                throw failure;
            }
            throw new HarvestFailure(Reason.BROKEN_XML, e.getMessage());
        } finally {
            close(xml);
        }
    }

    private OaiPage page(XMLStreamReader xml, RecordMapping mapping) throws XMLStreamException {
        List<HarvestedRecord> records = new ArrayList<>();
        List<RemoteFile> files = new ArrayList<>();
        String token = null;
        long size = -1;
        boolean root = false;
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            if (!root) {
                if (!"OAI-PMH".equals(name) || !OAI.equals(xml.getNamespaceURI())) {
                    throw new HarvestFailure(Reason.NOT_OAI, name);
                }
                root = true;
            } else if ("error".equals(name) && OAI.equals(xml.getNamespaceURI())) {
                String code = xml.getAttributeValue(null, "code");
                String text = xml.getElementText();
                if ("noRecordsMatch".equals(code)) {
                    return new OaiPage(List.of(), List.of(), null, 0);
                }
                throw new HarvestFailure("badResumptionToken".equals(code) ? Reason.BAD_TOKEN : Reason.OAI_ERROR,
                        code + ": " + text);
            } else if ("record".equals(name) && OAI.equals(xml.getNamespaceURI())) {
                RecordMapping.Fields fields = record(xml, mapping);
                records.add(mapping.record(fields));
                files.addAll(mapping.files(fields));
            } else if ("resumptionToken".equals(name) && OAI.equals(xml.getNamespaceURI())) {
                String listSize = xml.getAttributeValue(null, "completeListSize");
                size = listSize == null || !listSize.matches("\\d{1,18}") ? -1 : Long.parseLong(listSize);
                token = xml.getElementText().strip();
            }
        }
        return new OaiPage(records, files, token == null || token.isEmpty() ? null : token, size);
    }

    /** One record, from its start tag to its end tag. */
    private RecordMapping.Fields record(XMLStreamReader xml, RecordMapping mapping) throws XMLStreamException {
        RecordMapping.Fields fields = new RecordMapping.Fields();
        int chars = 0;
        int depth = 1;
        boolean inMetadata = false;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if ("metadata".equals(xml.getLocalName()) && OAI.equals(xml.getNamespaceURI())) {
                    inMetadata = false;
                }
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String ns = xml.getNamespaceURI();
            String name = xml.getLocalName();
            if (OAI.equals(ns) && "header".equals(name)) {
                fields.deleted = "deleted".equals(xml.getAttributeValue(null, "status"));
                depth++;
            } else if (OAI.equals(ns) && "metadata".equals(name)) {
                inMetadata = true;
                depth++;
            } else if (OAI.equals(ns) && ("identifier".equals(name) || "datestamp".equals(name)
                    || "setSpec".equals(name))) {
                String text = xml.getElementText().strip();
                chars += text.length();
                if ("identifier".equals(name)) {
                    fields.identifier = text;
                } else if ("setSpec".equals(name)) {
                    fields.sets.add(text);
                } else {
                    fields.datestamp = datestamp(text);
                }
            } else if (inMetadata && mapping.lom() && LomXml.NAMESPACE.equals(ns) && "lom".equals(name)) {
                fields.lom = lom(xml, fields.identifier);
            } else if (inMetadata && mapping.wants(ns, name)) {
                String text = xml.getElementText().strip();
                chars += text.length();
                fields.add(ns, name, text);
            } else {
                depth++;
            }
            if (chars > maxRecordChars) {
                throw new HarvestFailure(Reason.TOO_LARGE, fields.identifier);
            }
        }
        if (fields.identifier == null || fields.identifier.isEmpty() || fields.datestamp == null) {
            throw new HarvestFailure(Reason.BROKEN_XML, "record without identifier or datestamp");
        }
        return fields;
    }

    /** The LOM record, read whole by its own bounded reader (which ends on its end tag). */
    private static LomXml.Read lom(XMLStreamReader xml, String identifier) throws XMLStreamException {
        try {
            return LomXml.read(xml);
        } catch (IllegalArgumentException e) {
            throw new HarvestFailure(Reason.BROKEN_XML, identifier + ": " + e.getMessage());
        }
    }

    private Instant datestamp(String text) {
        Instant at;
        try {
            at = text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new HarvestFailure(Reason.BAD_DATESTAMP, text);
        }
        if (at.isAfter(latestAllowed)) {
            throw new HarvestFailure(Reason.FUTURE_DATESTAMP, text);
        }
        return at;
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // nothing more to read from it
            }
        }
    }
}
