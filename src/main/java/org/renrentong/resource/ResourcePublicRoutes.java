package org.renrentong.resource;

import java.util.List;
import org.renrentong.shared.PublicRoutes;
import org.springframework.stereotype.Component;

/** Public resources are found, read and downloaded without signing in; the service checks what a visitor sees. */
@Component
class ResourcePublicRoutes implements PublicRoutes {

    @Override
    public List<String> reads() {
        return List.of("/resources/**", "/api/v1/resources/**");
    }
}
