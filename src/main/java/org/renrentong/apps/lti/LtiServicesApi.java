package org.renrentong.apps.lti;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The LTI services tools call: the token endpoint (client credentials) and the names and roles service. */
@RestController
class LtiServicesApi {

    private final ServiceTokens tokens;
    private final Memberships memberships;

    LtiServicesApi(ServiceTokens tokens, Memberships memberships) {
        this.tokens = tokens;
        this.memberships = memberships;
    }

    /** The OAuth 2 error body. */
    record Refusal(String error, @JsonProperty("error_description") String errorDescription) {
    }

    @PostMapping(value = ServiceTokens.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ServiceTokens.Granted token(@RequestParam(name = "grant_type", required = false) String grantType,
                                @RequestParam(name = "client_assertion_type", required = false) String assertionType,
                                @RequestParam(name = "client_assertion", required = false) String assertion,
                                @RequestParam(required = false) String scope, HttpServletRequest request) {
        return tokens.issue(grantType, assertionType, assertion, scope,
                LtiLaunchController.issuer(request) + ServiceTokens.PATH);
    }

    @GetMapping(value = "/lti/classes/{classId}/memberships",
            produces = {Memberships.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<Memberships.Container> members(@RequestHeader(name = HttpHeaders.AUTHORIZATION,
            required = false) String authorization, @PathVariable long classId, HttpServletRequest request) {
        String url = LtiLaunchController.issuer(request) + "/lti/classes/" + classId + "/memberships";
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Memberships.MEDIA_TYPE))
                .body(memberships.of(authorization, classId, url));
    }

    @ExceptionHandler(LtiServiceRefused.class)
    ResponseEntity<Refusal> refused(LtiServiceRefused e) {
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON)
                .body(new Refusal(e.error(), null));
    }
}
