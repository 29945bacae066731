package org.renrentong.federation.oai;

import io.gdcc.xoai.dataprovider.model.MetadataFormat;
import io.gdcc.xoai.model.oaipmh.results.record.Metadata;
import io.gdcc.xoai.xml.CopyElement;
import io.gdcc.xoai.xml.XmlWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.renrentong.federation.LomXml;
import org.renrentong.resource.LomRecord;
import org.renrentong.resource.MetadataMapping;
import org.renrentong.resource.Resource;
import org.renrentong.resource.ResourceMetadata;
import org.renrentong.shared.ThisNode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The metadata formats served: {@code oai_dc} (the plain Dublin Core elements of {@link MetadataMapping#dublinCore})
 * and {@code lom} (IEEE LOM of {@link MetadataMapping#lom}, written by {@link LomXml}). Each record names its node of
 * origin by code and name: in Dublin Core as {@code dc:source} (code) and a {@code dc:publisher} (name), in LOM as
 * the identifier's catalog (code) and the metadata's creator (name).
 */
@Component
class OaiMetadata {

    static final String OAI_DC = "oai_dc";
    static final String LOM = "lom";
    static final String OAI_DC_NS = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    private static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

    private final XMLOutputFactory factory = XMLOutputFactory.newInstance();
    private final ThisNode thisNode;
    private final String baseUrl;

    OaiMetadata(ThisNode thisNode, @Value("${renrentong.public-base-url}") String baseUrl) {
        this.thisNode = thisNode;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /**
     * Made once: each identity transformer costs a look-up of the XML factories on the class path. They are never
     * run (the metadata is copied as written, see {@link #of}), so requests may share them.
     */
    private final List<MetadataFormat> formats = List.of(new MetadataFormat().withPrefix(OAI_DC)
                    .withNamespace(OAI_DC_NS).withSchemaLocation("http://www.openarchives.org/OAI/2.0/oai_dc.xsd")
                    .withTransformer(MetadataFormat.identity()),
            new MetadataFormat().withPrefix(LOM).withNamespace(LomXml.NAMESPACE).withSchemaLocation(LomXml.SCHEMA)
                    .withTransformer(MetadataFormat.identity()));

    List<MetadataFormat> formats() {
        return formats;
    }

    /** The resource's metadata in the format, written once and copied into the response as it is. */
    Metadata of(Resource r, String prefix) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(out, "UTF-8");
            if (LOM.equals(prefix)) {
                LomXml.write(withLocations(MetadataMapping.lom(ResourceMetadata.of(r)), r), originName(r), xml);
            } else {
                dublinCore(xml, r);
            }
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return new Metadata(new Written(out.toByteArray()));
    }

    /**
     * Metadata written here, copied into the answer as it is (the library's copy of a stream would look for an XML
     * declaration in it, which these never have, and read it through one more buffer).
     */
    private static final class Written extends CopyElement {

        private final byte[] xml;

        Written(byte[] xml) {
            super(InputStream.nullInputStream());
            this.xml = xml;
        }

        @Override
        protected void writeXml(XmlWriter writer) throws IOException {
            writer.getOutputStream().write(xml);
        }
    }

    private void dublinCore(XMLStreamWriter xml, Resource r) throws XMLStreamException {
        xml.writeStartElement("oai_dc", "dc", OAI_DC_NS);
        xml.writeNamespace("oai_dc", OAI_DC_NS);
        xml.writeNamespace("dc", DC_NS);
        xml.writeNamespace("xsi", XSI_NS);
        xml.writeAttribute("xsi", XSI_NS, "schemaLocation",
                OAI_DC_NS + " http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
        element(xml, "identifier", OaiIdentifiers.of(r));
        for (MetadataMapping.DcElement e : MetadataMapping.dublinCore(ResourceMetadata.of(r))) {
            // oai_dc takes the fifteen plain elements only; the qualified ones travel in LOM
            if (e.name().startsWith("dc:") && e.value() != null && !e.value().isBlank()) {
                element(xml, e.name().substring(3), e.value());
            }
        }
        // the node of origin by name, beside its code in dc:source
        element(xml, "publisher", originName(r));
        xml.writeEndElement();
    }

    /**
     * The record with where each of its files is fetched here, in the order of its parts: a harvester that copies
     * files takes them from these addresses ({@link OaiFileApi}: a visitor those of public resources, a joined
     * node also those shared with the federation).
     */
    private LomRecord withLocations(LomRecord lom, Resource r) {
        LomRecord.Technical t = lom.technical();
        List<String> locations = r.files().stream()
                .map(f -> baseUrl + "/oai/files/" + r.id() + "/" + f.fileId()).toList();
        return new LomRecord(lom.general(), lom.lifeCycle(), lom.metaMetadata(),
                new LomRecord.Technical(t.formats(), t.size(), locations), lom.educational(), lom.rights(),
                lom.relations(), lom.classifications());
    }

    /** The node of origin's name: a harvested resource keeps the name its origin gave it. */
    private String originName(Resource r) {
        return r.harvested() && r.originName() != null ? r.originName() : thisNode.nameOf(r.origin());
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement("dc", name, DC_NS);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
