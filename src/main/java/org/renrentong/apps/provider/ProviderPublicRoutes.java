package org.renrentong.apps.provider;

import java.util.List;
import org.renrentong.shared.PublicRoutes;
import org.springframework.stereotype.Component;

/** An enterprise registers as an app provider before it has an account: the form, and the API's registration. */
@Component
class ProviderPublicRoutes implements PublicRoutes {

    static final String REGISTER = "/app-providers/register";

    @Override
    public List<String> anyMethod() {
        return List.of(REGISTER);
    }

    @Override
    public List<String> forMachines() {
        return List.of("/api/v1/app-providers");
    }
}
