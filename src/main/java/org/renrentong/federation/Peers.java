package org.renrentong.federation;

import java.util.List;
import java.util.Optional;

/**
 * The nodes joined to this one whose requests it accepts: its parent and the children not suspended. Other modules
 * derive what they share with joined nodes from this list (single sign-on between nodes), so a suspended or removed
 * child drops out of everything at once.
 */
public interface Peers {

    /** The parent first, then the children in the order they joined. */
    List<Peer> joined();

    /** The joined node with this code, while it is joined and not suspended. */
    Optional<Peer> joined(String code);
}
