package org.renrentong.web;

import org.renrentong.region.Region;
import org.renrentong.region.Regions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What this node is: its name, level and region, from configuration ({@code renrentong.node.name}, {@code .level},
 * {@code .region}). The one place that knows; once nodes join a federation it reads the node's stored identity.
 */
@Component
class NodeIdentity {

    /** The levels of the nodes of the system (国家/省/市/县/校). */
    enum Level { NATIONAL, PROVINCE, CITY, COUNTY, SCHOOL }

    /** The node as the front page shows it; {@code name} is empty when none is configured (the region's is shown). */
    record Node(String name, Level level, Region region) {
    }

    private final Regions regions;
    private final String name;
    private final Level level;
    private final String regionCode;

    NodeIdentity(Regions regions, @Value("${renrentong.node.name:}") String name,
                 @Value("${renrentong.node.level:NATIONAL}") Level level,
                 @Value("${renrentong.node.region:" + Region.NATIONAL_CODE + "}") String regionCode) {
        this.regions = regions;
        this.name = name.trim();
        this.level = level;
        this.regionCode = regionCode.trim();
    }

    Node node() {
        return new Node(name, level, regions.get(regionCode));
    }
}
