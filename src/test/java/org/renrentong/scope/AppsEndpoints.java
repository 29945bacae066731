package org.renrentong.scope;

import static org.renrentong.scope.Caller.*;

/**
 * Single sign-on into apps: everyone signed in may be asked for consent by an app (the protocol's own endpoints are
 * filters, checked by the protocol's tests); a visitor is sent to sign in first. A joined node's sign-out notice
 * answers signed nodes only, so every person gets 401.
 */
final class AppsEndpoints extends Declarations {

    AppsEndpoints(MatrixWorld w) {
        super(w);
        on("GET /oauth2/consent").param("client_id", w.appClientId).param("scope", "openid profile")
                .param("state", "matrix").allow(SIGNED_IN);
        on("POST /federation/sign-out").param("subject", "matrix").allow(NOBODY).forSignedNodesOnly();
    }
}
