package org.renrentong.federation.harvest;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.renrentong.federation.harvest.HarvestFailure.Reason;

/**
 * Copies the element the reader stands on, with all it holds, into a document of its own (a record's metadata in
 * a format read by its own reader), bounded in characters. The reader ends on the element's end tag.
 */
final class SubtreeCopy {

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private SubtreeCopy() {
    }

    static String copy(XMLStreamReader xml, int maxChars) throws XMLStreamException {
        StringWriter text = new StringWriter();
        XMLStreamWriter out = OUTPUT.createXMLStreamWriter(text);
        int depth = 0;
        do {
            switch (xml.getEventType()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    start(xml, out, depth == 1);
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    out.writeEndElement();
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        out.writeCharacters(xml.getText());
                default -> {
                    // comments and processing instructions are not metadata
                }
            }
            if (text.getBuffer().length() > maxChars) {
                throw new HarvestFailure(Reason.TOO_LARGE, null);
            }
            if (depth > 0) {
                xml.next();
            }
        } while (depth > 0);
        out.flush();
        return text.toString();
    }

    private static void start(XMLStreamReader xml, XMLStreamWriter out, boolean root) throws XMLStreamException {
        String prefix = xml.getPrefix() == null ? "" : xml.getPrefix();
        String ns = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
        out.writeStartElement(prefix, xml.getLocalName(), ns);
        java.util.Set<String> declared = new java.util.HashSet<>();
        for (int i = 0; i < xml.getNamespaceCount(); i++) {
            String p = xml.getNamespacePrefix(i) == null ? "" : xml.getNamespacePrefix(i);
            out.writeNamespace(p, xml.getNamespaceURI(i));
            declared.add(p);
        }
        if (root && !ns.isEmpty() && declared.add(prefix)) {
            // declared on an ancestor of the copy: the copy declares it itself
            out.writeNamespace(prefix, ns);
        }
        for (int i = 0; root && i < xml.getAttributeCount(); i++) {
            String p = xml.getAttributePrefix(i);
            String attrNs = xml.getAttributeNamespace(i);
            if (attrNs != null && !attrNs.isEmpty() && p != null && !p.isEmpty() && declared.add(p)) {
                out.writeNamespace(p, attrNs);
            }
        }
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String p = xml.getAttributePrefix(i);
            String attrNs = xml.getAttributeNamespace(i);
            if (attrNs == null || attrNs.isEmpty()) {
                out.writeAttribute(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
            } else {
                out.writeAttribute(p == null ? "" : p, attrNs, xml.getAttributeLocalName(i), xml.getAttributeValue(i));
            }
        }
    }
}
