package org.renrentong.apps.peers;

import java.io.Serial;
import java.io.Serializable;

/**
 * Kept in the session of a person who signed in through a joined node: which node, and the ID token it issued, by
 * which that node finds the sign-in to end when the person signs out here.
 */
record PeerSession(String nodeCode, String idToken) implements Serializable {

    static final String ATTRIBUTE = "renrentong.peerSession";

    @Serial
    private static final long serialVersionUID = 1L;
}
