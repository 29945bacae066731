package org.renrentong.web;

import java.util.List;
import org.renrentong.shared.PublicRoutes;
import org.springframework.stereotype.Component;

/** The front page, the static files every page links, the error page, health and the API description. */
@Component
class ShellPublicRoutes implements PublicRoutes {

    @Override
    public List<String> anyMethod() {
        return List.of("/", "/webjars/**", "/css/**", "/js/**", "/vendor/**", "/img/**",
                "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/error");
    }
}
