package org.renrentong.taxonomy;

import java.util.List;
import org.renrentong.shared.PublicRoutes;
import org.springframework.stereotype.Component;

/** The textbook tree is national reference data: visitors browse and export it. */
@Component
class TaxonomyPublicRoutes implements PublicRoutes {

    @Override
    public List<String> reads() {
        return List.of("/textbook-tree/**", "/api/v1/textbook-tree/**");
    }
}
