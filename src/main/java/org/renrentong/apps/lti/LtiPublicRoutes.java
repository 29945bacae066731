package org.renrentong.apps.lti;

import java.util.List;
import org.renrentong.shared.PublicRoutes;
import org.springframework.stereotype.Component;

/**
 * The tool sends the person's browser back to the authorization endpoint from its own site, by GET or a cross-site
 * POST that carries no CSRF token; the endpoint reads the session itself and answers a visitor with the protocol's
 * {@code login_required}. The tool's deep-linking answer comes the same way, and proves itself by the tool's
 * signature and the node's own ticket inside it. The tool's service calls (token, names and roles) carry no session:
 * a client assertion, then a bearer token.
 */
@Component
class LtiPublicRoutes implements PublicRoutes {

    @Override
    public List<String> forMachines() {
        return List.of(LtiLaunchController.AUTHORIZE, DeepLinkReturns.PATH, ServiceTokens.PATH,
                "/lti/classes/*/memberships");
    }
}
