package org.renrentong.federation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.renrentong.resource.LomRecord;

/** Writes one {@link LomRecord} in the LOM XML binding; see {@link LomXml}. */
final class LomXmlWriter {

    private static final String LOM_VOCABULARY = "LOMv1.0";

    private final XMLStreamWriter out;
    private String language = LomXml.NO_LANGUAGE;

    LomXmlWriter(XMLStreamWriter out) {
        this.out = out;
    }

    void write(LomRecord r, String originName) throws XMLStreamException {
        LomRecord.General g = r.general();
        if (g.language() != null && !g.language().isBlank()) {
            language = g.language();
        }
        out.setDefaultNamespace(LomXml.NAMESPACE);
        out.writeStartElement(LomXml.NAMESPACE, "lom");
        out.writeDefaultNamespace(LomXml.NAMESPACE);
        out.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
        out.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                LomXml.NAMESPACE + " " + LomXml.SCHEMA);
        general(g);
        lifeCycle(r.lifeCycle());
        metaMetadata(r.metaMetadata(), originName);
        technical(r.technical());
        educational(r.educational());
        rights(r.rights());
        for (LomRecord.Relation relation : LomXml.orEmpty(r.relations())) {
            relation(relation);
        }
        for (LomRecord.Classification c : LomXml.orEmpty(r.classifications())) {
            classification(c);
        }
        out.writeEndElement();
    }

    private void general(LomRecord.General g) throws XMLStreamException {
        start("general");
        identifier(g.identifier());
        langString("title", g.title());
        text("language", g.language());
        langString("description", g.description());
        for (String keyword : LomXml.orEmpty(g.keywords())) {
            langString("keyword", keyword);
        }
        end();
    }

    private void lifeCycle(LomRecord.LifeCycle l) throws XMLStreamException {
        if (l == null) {
            return;
        }
        start("lifeCycle");
        if (l.version() != null) {
            start("version");
            string(LomXml.NO_LANGUAGE, l.version());
            end();
        }
        vocabulary("status", LOM_VOCABULARY, l.status());
        for (LomRecord.Contribute c : LomXml.orEmpty(l.contributes())) {
            contribute(c.role(), c.entity(), c.date());
        }
        end();
    }

    private void metaMetadata(LomRecord.MetaMetadata m, String originName) throws XMLStreamException {
        if (m == null && originName == null) {
            return;
        }
        start("metaMetadata");
        if (originName != null) {
            contribute("creator", originName, m == null ? null : m.date());
        }
        for (String schema : m == null ? List.<String>of() : LomXml.orEmpty(m.metadataSchemas())) {
            text("metadataSchema", schema);
        }
        end();
    }

    private void technical(LomRecord.Technical t) throws XMLStreamException {
        if (t == null) {
            return;
        }
        start("technical");
        for (String format : LomXml.orEmpty(t.formats())) {
            text("format", format);
        }
        text("size", Long.toString(t.size()));
        for (String location : t.locations()) {
            text("location", location);
        }
        end();
    }

    private void educational(LomRecord.Educational e) throws XMLStreamException {
        if (e == null) {
            return;
        }
        start("educational");
        for (LomRecord.Vocabulary type : LomXml.orEmpty(e.learningResourceTypes())) {
            vocabulary("learningResourceType", type.source(), type.value());
        }
        for (String role : LomXml.orEmpty(e.intendedEndUserRoles())) {
            vocabulary("intendedEndUserRole", LOM_VOCABULARY, role);
        }
        text("language", e.language());
        end();
    }

    private void rights(LomRecord.Rights r) throws XMLStreamException {
        if (r == null) {
            return;
        }
        start("rights");
        vocabulary("cost", LOM_VOCABULARY, r.cost() ? "yes" : "no");
        vocabulary("copyrightAndOtherRestrictions", LOM_VOCABULARY, r.copyrightAndOtherRestrictions() ? "yes" : "no");
        langString("description", r.description());
        end();
    }

    private void relation(LomRecord.Relation r) throws XMLStreamException {
        start("relation");
        vocabulary("kind", LOM_VOCABULARY, r.kind());
        start("resource");
        identifier(r.resource());
        langString("description", r.description());
        end();
        end();
    }

    private void classification(LomRecord.Classification c) throws XMLStreamException {
        start("classification");
        vocabulary("purpose", LOM_VOCABULARY, c.purpose());
        start("taxonPath");
        start("source");
        string(LomXml.NO_LANGUAGE, c.source());
        end();
        for (LomRecord.Taxon taxon : LomXml.orEmpty(c.taxonPath())) {
            start("taxon");
            text("id", taxon.id());
            langString("entry", taxon.entry());
            end();
        }
        end();
        langString("description", c.description());
        end();
    }

    private void contribute(String role, String entity, Instant date) throws XMLStreamException {
        start("contribute");
        vocabulary("role", LOM_VOCABULARY, role);
        if (entity != null && !entity.isBlank()) {
            text("entity", LomXml.vcard(entity));
        }
        if (date != null) {
            start("date");
            text("dateTime", date.truncatedTo(ChronoUnit.SECONDS).toString());
            end();
        }
        end();
    }

    private void identifier(LomRecord.Identifier id) throws XMLStreamException {
        if (id == null) {
            return;
        }
        start("identifier");
        text("catalog", id.catalog());
        text("entry", id.entry());
        end();
    }

    private void vocabulary(String element, String source, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        start(element);
        text("source", source);
        text("value", value);
        end();
    }

    private void langString(String element, String value) throws XMLStreamException {
        if (value == null || value.isEmpty()) {
            return;
        }
        start(element);
        string(language, value);
        end();
    }

    private void string(String lang, String value) throws XMLStreamException {
        out.writeStartElement(LomXml.NAMESPACE, "string");
        out.writeAttribute("language", lang);
        out.writeCharacters(value);
        out.writeEndElement();
    }

    private void text(String element, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        start(element);
        out.writeCharacters(value);
        end();
    }

    private void start(String element) throws XMLStreamException {
        out.writeStartElement(LomXml.NAMESPACE, element);
    }

    private void end() throws XMLStreamException {
        out.writeEndElement();
    }
}
