package org.renrentong.federation.node;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.renrentong.federation.Peer;
import org.renrentong.federation.Peers;
import org.springframework.stereotype.Component;

/** The joined nodes as other modules see them: read afresh each time, so a change shows at once. */
@Component
class JoinedPeers implements Peers {

    private final PeerRepository peers;

    JoinedPeers(PeerRepository peers) {
        this.peers = peers;
    }

    @Override
    public List<Peer> joined() {
        List<Peer> joined = new ArrayList<>();
        peers.parent().filter(JoinedPeers::active).map(NodePeer::asPeer).ifPresent(joined::add);
        List<Peer> children = new ArrayList<>(peers.children().stream().filter(JoinedPeers::active)
                .map(NodePeer::asPeer).toList());
        Collections.reverse(children);
        joined.addAll(children);
        return joined;
    }

    @Override
    public Optional<Peer> joined(String code) {
        return code == null ? Optional.empty() : peers.byCode(code).filter(JoinedPeers::active).map(NodePeer::asPeer);
    }

    private static boolean active(NodePeer peer) {
        return peer.state() == NodePeer.State.ACTIVE;
    }
}
