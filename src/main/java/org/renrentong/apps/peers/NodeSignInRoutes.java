package org.renrentong.apps.peers;

import java.util.List;
import org.renrentong.shared.PublicRoutes;
import org.springframework.stereotype.Component;

/** Joined nodes send their sign-out notices signed, without a session. */
@Component
class NodeSignInRoutes implements PublicRoutes {

    @Override
    public List<String> forMachines() {
        return List.of(SignOutDelivery.PATH);
    }
}
