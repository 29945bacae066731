package org.renrentong.apps.peers;

import org.renrentong.federation.NodeEvents;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A child suspended or removed can no longer sign its people in here or be signed in to (its client and provider
 * follow the peers list); the tokens this node issued to it are revoked as well.
 */
@Component
class PeerRevocations {

    private final PeerAuthorizations issued;

    PeerRevocations(PeerAuthorizations issued) {
        this.issued = issued;
    }

    @ApplicationModuleListener(id = "apps.peer-suspended")
    void suspended(NodeEvents.ChildSuspended event) {
        if (event.suspended()) {
            issued.removeAll(event.code());
        }
    }

    @ApplicationModuleListener(id = "apps.peer-removed")
    void removed(NodeEvents.ChildRemoved event) {
        issued.removeAll(event.code());
    }
}
