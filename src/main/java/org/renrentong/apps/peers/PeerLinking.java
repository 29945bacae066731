package org.renrentong.apps.peers;

import java.io.Serial;
import java.io.Serializable;

/**
 * Kept in the session while a person signed in here goes to link their account at a joined node: who asked, and at
 * which node. The sign-in that comes back from that node then links rather than signs someone in.
 */
record PeerLinking(long personId, String nodeCode) implements Serializable {

    static final String ATTRIBUTE = "renrentong.peerLinking";

    @Serial
    private static final long serialVersionUID = 1L;
}
