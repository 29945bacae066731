package org.renrentong.apps.guardian;

import java.util.List;
import org.renrentong.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A child's apps for their guardian, as JSON: the apps, the access record, granting and refusing consent. */
@RestController
@RequestMapping("/api/v1/children/{id}/apps")
class ChildAppsApi {

    private final ChildApps childApps;

    ChildAppsApi(ChildApps childApps) {
        this.childApps = childApps;
    }

    /** The scopes a guardian grants. */
    record Grant(List<String> scopes) {
    }

    @GetMapping
    List<ChildApp> apps(Actor me, @PathVariable long id) {
        return childApps.apps(me, id);
    }

    @GetMapping("/access")
    AccessPage access(Actor me, @PathVariable long id, @RequestParam(required = false) Long before,
                      @RequestParam(defaultValue = "20") int limit) {
        return childApps.access(me, id, before, limit);
    }

    @PostMapping("/{app}/grant")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void grant(Actor me, @PathVariable long id, @PathVariable String app, @RequestBody Grant grant) {
        childApps.grant(me, id, app, grant == null ? null : grant.scopes());
    }

    @PostMapping("/{app}/refuse")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void refuse(Actor me, @PathVariable long id, @PathVariable String app) {
        childApps.refuse(me, id, app);
    }
}
