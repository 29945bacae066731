package org.renrentong.scope;

import static org.renrentong.scope.Caller.*;

/** The OAI-PMH provider: everyone harvests, by GET or POST, without a session or CSRF token. */
final class OaiEndpoints extends Declarations {

    OaiEndpoints(MatrixWorld w) {
        super(w);
        on("GET /oai").param("verb", "Identify").allow(EVERYONE);
        on("POST /oai").param("verb", "ListMetadataFormats").allow(EVERYONE);
    }
}
