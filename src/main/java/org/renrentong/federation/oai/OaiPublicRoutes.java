package org.renrentong.federation.oai;

import java.util.List;
import org.renrentong.shared.PublicRoutes;
import org.springframework.stereotype.Component;

/**
 * OAI-PMH is harvested without signing in, by GET or POST; it changes nothing, so it needs no CSRF token. The files
 * of its records are fetched the same way (the controller decides what a visitor or a joined node may fetch).
 */
@Component
class OaiPublicRoutes implements PublicRoutes {

    @Override
    public List<String> forMachines() {
        return List.of("/oai", "/oai/files/**");
    }
}
