package org.renrentong.space;

import org.renrentong.identity.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Space statistics as JSON, for the chart and for other tools. */
@RestController
class StatisticsApi {

    private final SpaceStatistics statistics;

    StatisticsApi(SpaceStatistics statistics) {
        this.statistics = statistics;
    }

    /** Without parameters, the reader's own scope; {@code region} or {@code school} drill down within it. */
    @GetMapping("/api/v1/statistics/spaces")
    SpaceReport report(Actor me, @RequestParam(required = false) String region,
                       @RequestParam(required = false) Long school) {
        return statistics.report(me, region, school);
    }
}
