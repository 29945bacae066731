package org.renrentong.federation.hub;

import org.renrentong.identity.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The hub's statistics as JSON, for the platform administrator's tools. */
@RestController
class HubStatisticsApi {

    private final HubStatistics statistics;

    HubStatisticsApi(HubStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/v1/federation/statistics")
    HubReport report(Actor me) {
        return statistics.report(me);
    }
}
