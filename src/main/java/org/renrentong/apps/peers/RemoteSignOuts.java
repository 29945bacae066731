package org.renrentong.apps.peers;

import org.renrentong.federation.Peer;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Actors;
import org.renrentong.identity.ExternalSessions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A joined node tells this one that a person signed out there: the person's sessions here end. The node names them
 * either by the ID token this node issued to it (it signed them in through this node: their tokens held by that node
 * are revoked too) or by the subject it gave this node (this node signed them in through it). A notice that names
 * nobody known here changes nothing.
 */
@Service
class RemoteSignOuts {

    private final PeerAuthorizations issued;
    private final AccountLinks links;
    private final Actors actors;
    private final ExternalSessions sessions;

    RemoteSignOuts(PeerAuthorizations issued, AccountLinks links, Actors actors, ExternalSessions sessions) {
        this.issued = issued;
        this.links = links;
        this.actors = actors;
        this.sessions = sessions;
    }

    @Transactional
    void signedOut(Peer peer, String idToken, String subject) {
        if (idToken != null && !idToken.isBlank()) {
            issued.accountOf(peer.code(), idToken).ifPresent(account -> {
                actors.ofAccount(account).map(Actor::personId).ifPresent(personId -> end(peer, personId));
                issued.remove(peer.code(), account);
            });
        }
        if (subject != null && !subject.isBlank()) {
            links.person(peer.code(), subject).ifPresent(personId -> end(peer, personId));
        }
    }

    private void end(Peer peer, long personId) {
        sessions.endSessions(VouchingNode.of(peer), personId, "audit.detail.SIGN_OUT.node", peer.name());
    }
}
