package org.renrentong.federation.harvest;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.renrentong.federation.harvest.HarvestFailure.Reason;

/** Checks an Identify answer: an OAI-PMH 2.0 document with an Identify element (DTDs and entities off). */
class IdentifyReader {

    void check(InputStream body) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        try {
            XMLStreamReader xml = f.createXMLStreamReader(body);
            boolean root = false;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                boolean oai = OaiPageReader.OAI.equals(xml.getNamespaceURI());
                if (!root) {
                    if (!oai || !"OAI-PMH".equals(xml.getLocalName())) {
                        break;
                    }
                    root = true;
                } else if (oai && "Identify".equals(xml.getLocalName())) {
                    return;
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw new HarvestFailure(Reason.NOT_OAI, e.getMessage());
        }
        throw new HarvestFailure(Reason.NOT_OAI, null);
    }
}
