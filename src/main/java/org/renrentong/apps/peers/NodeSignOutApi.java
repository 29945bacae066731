package org.renrentong.apps.peers;

import jakarta.servlet.http.HttpServletRequest;
import org.renrentong.federation.Peer;
import org.renrentong.federation.PeerRequests;
import org.renrentong.shared.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Joined nodes tell this one, in a signed request, that a person signed out there (see {@link SignOutNotices}). */
@RestController
class NodeSignOutApi {

    private final PeerRequests requests;
    private final RemoteSignOuts signOuts;

    NodeSignOutApi(PeerRequests requests, RemoteSignOuts signOuts) {
        this.requests = requests;
        this.signOuts = signOuts;
    }

    @PostMapping(SignOutDelivery.PATH)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void signedOut(HttpServletRequest request, @RequestParam(required = false) String idToken,
                   @RequestParam(required = false) String subject) {
        Peer peer = requests.signer(request)
                .orElseThrow(() -> new DomainException(HttpStatus.UNAUTHORIZED, "node.signature.required"));
        signOuts.signedOut(peer, idToken, subject);
    }
}
