package org.renrentong.federation.node;

import java.util.List;
import org.renrentong.shared.PublicRoutes;
import org.springframework.stereotype.Component;

/** Other nodes fetch the descriptor, join with a token and make signed requests: no person signs in for them. */
@Component
class NodePublicRoutes implements PublicRoutes {

    @Override
    public List<String> reads() {
        return List.of("/federation/node", "/federation/peer");
    }

    @Override
    public List<String> forMachines() {
        return List.of("/federation/join");
    }
}
