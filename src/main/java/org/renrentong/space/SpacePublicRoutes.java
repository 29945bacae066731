package org.renrentong.space;

import java.util.List;
import org.renrentong.shared.PublicRoutes;
import org.springframework.stereotype.Component;

/**
 * A space decides itself who may read it, so visitors reach every space by its id, also when it is opened by its
 * owner (/spaces/class/12); "mine" and the statistics need a signed-in person.
 */
@Component
class SpacePublicRoutes implements PublicRoutes {

    @Override
    public List<String> reads() {
        return List.of("/spaces/{id:\\d+}/**", "/spaces/{kind:school|class|group|bureau}/{ownerId:\\d+}/**",
                "/api/v1/spaces/{id:\\d+}/**");
    }
}
