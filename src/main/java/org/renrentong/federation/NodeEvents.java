package org.renrentong.federation;

/** What happens to the nodes joined to this one; the harvester follows its children by these. */
public final class NodeEvents {

    private NodeEvents() {
    }

    /** A child joined this node: from now on it is harvested. */
    public record ChildJoined(Peer child) {
    }

    /** A child was suspended (not harvested, its requests refused) or taken back into service. */
    public record ChildSuspended(String code, boolean suspended) {
    }

    /** A child was removed: it is no longer harvested; what was harvested from it stays until withdrawn. */
    public record ChildRemoved(String code) {
    }
}
