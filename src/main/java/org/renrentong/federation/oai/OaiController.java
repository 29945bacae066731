package org.renrentong.federation.oai;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import javax.xml.stream.XMLStreamException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/** {@code /oai}: the OAI-PMH 2.0 protocol, by GET or by POST of a form; XML only, UTF-8, errors in the protocol's own. */
@Controller
class OaiController {

    private final OaiProvider provider;

    OaiController(OaiProvider provider) {
        this.provider = provider;
    }

    @RequestMapping(path = "/oai", method = {RequestMethod.GET, RequestMethod.POST})
    void oai(HttpServletRequest request, HttpServletResponse response) throws IOException, XMLStreamException {
        response.setContentType("text/xml;charset=UTF-8");
        provider.respond(request, response.getOutputStream());
    }
}
