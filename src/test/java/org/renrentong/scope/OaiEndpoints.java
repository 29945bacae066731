package org.renrentong.scope;

import static org.renrentong.scope.Caller.*;

/**
 * The OAI-PMH provider: everyone harvests, by GET or POST, without a session or CSRF token; the files of public
 * records likewise.
 */
final class OaiEndpoints extends Declarations {

    OaiEndpoints(MatrixWorld w) {
        super(w);
        on("GET /oai").param("verb", "Identify").allow(EVERYONE);
        on("POST /oai").param("verb", "ListMetadataFormats").allow(EVERYONE);
        // the files of the records: a person, signed in or not, harvests as a visitor (joined nodes sign)
        on("GET /oai/files/{resourceId}/{fileId}").at("public", w.publicResource.id(), w.fileOf(w.publicResource))
                .allow(EVERYONE);
        on("GET /oai/files/{resourceId}/{fileId}").at("shared with the federation", w.signedInResource.id(),
                w.fileOf(w.signedInResource)).allow(NOBODY).forSignedNodesOnly();
    }
}
