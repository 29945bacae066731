package org.renrentong.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.Components;
import org.renrentong.identity.Actor;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of the /api/v1 JSON API served at /v3/api-docs. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static {
        // the caller is resolved from the sign-in, not sent by the client: not a parameter of any operation
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    @Bean
    OpenAPI renrentongApi() {
        return new OpenAPI()
                .info(new Info().title("Renrentong (人人通) API").version("v1")
                        .description("JSON API of a Renrentong node. Errors are RFC 9457 problem details in the "
                                + "caller's language (Accept-Language). Sign in with HTTP Basic or a session cookie.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
