package org.renrentong.apps.lti;

import java.util.List;
import org.renrentong.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** LTI tools as JSON, for the platform administrator: the list, and registering one. */
@RestController
@RequestMapping("/api/v1/lti/tools")
class LtiToolsApi {

    private final LtiTools tools;

    LtiToolsApi(LtiTools tools) {
        this.tools = tools;
    }

    @GetMapping
    List<LtiTool> list(Actor me) {
        return tools.list(me);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    LtiTool register(Actor me, @RequestBody LtiToolForm form) {
        return tools.register(me, form);
    }
}
