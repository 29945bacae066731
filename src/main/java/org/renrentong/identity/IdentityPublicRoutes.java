package org.renrentong.identity;

import java.util.List;
import org.renrentong.shared.PublicRoutes;
import org.springframework.stereotype.Component;

/** Signing in and recovering a forgotten password happen before anyone is signed in. */
@Component
class IdentityPublicRoutes implements PublicRoutes {

    @Override
    public List<String> anyMethod() {
        return List.of("/login", "/password/forgot", "/password/forgot/reset");
    }
}
