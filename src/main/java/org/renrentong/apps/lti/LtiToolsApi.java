package org.renrentong.apps.lti;

import java.util.List;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * LTI tools as JSON: the node's own for the platform administrator (the list, registering one), and the LTI side
 * of an app for its provider.
 */
@RestController
class LtiToolsApi {

    private final LtiTools tools;

    LtiToolsApi(LtiTools tools) {
        this.tools = tools;
    }

    @GetMapping("/api/v1/lti/tools")
    List<LtiTool> list(Actor me) {
        return tools.list(me);
    }

    @PostMapping("/api/v1/lti/tools")
    @ResponseStatus(HttpStatus.CREATED)
    LtiTool register(Actor me, @RequestBody LtiToolForm form) {
        return tools.register(me, form);
    }

    /** The app's tool, 404 while its provider described none. */
    @GetMapping("/api/v1/apps/{id}/lti")
    LtiTool ofApp(Actor me, @PathVariable long id) {
        return tools.ofApp(me, id).orElseThrow(() -> DomainException.notFound("lti.tool.notFound"));
    }

    /** Describes (or describes again) the LTI side of the provider's app; name, client id and deployment are issued. */
    @PutMapping("/api/v1/apps/{id}/lti")
    LtiTool describe(Actor me, @PathVariable long id, @RequestBody LtiToolForm form) {
        return tools.describeForApp(me, id, form);
    }
}
