package org.renrentong.apps.usage;

import org.renrentong.identity.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The use of apps as JSON, within the caller's scope (see {@link AppUsage}). */
@RestController
class AppUsageApi {

    private final AppUsage usage;

    AppUsageApi(AppUsage usage) {
        this.usage = usage;
    }

    @GetMapping("/api/v1/statistics/apps")
    UsageReport report(Actor me, @RequestParam(required = false) String region,
                       @RequestParam(required = false) Long school) {
        return usage.report(me, region, school);
    }
}
