package org.renrentong.federation.node;

import org.renrentong.identity.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** This node's identity as JSON, for platform administrators. */
@RestController
class NodeApi {

    private final NodeSettings settings;

    NodeApi(NodeSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/api/v1/node")
    NodeView get(Actor me) {
        return settings.view(me);
    }

    /** Name, level, region and base URL; the code too while no node has joined (omitted, it stays). */
    @PutMapping("/api/v1/node")
    NodeView update(Actor me, @RequestBody NodeForm form) {
        return settings.update(me, form);
    }
}
