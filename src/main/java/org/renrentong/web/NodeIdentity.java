package org.renrentong.web;

import org.renrentong.region.Region;
import org.renrentong.region.Regions;
import org.renrentong.shared.ThisNode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What this node is for its front page: its name (from {@link ThisNode}), level and region
 * ({@code renrentong.node.level}, {@code .region}). Once nodes join a federation these come from the node's stored
 * identity.
 */
@Component
class NodeIdentity {

    /** The levels of the nodes of the system (国家/省/市/县/校). */
    enum Level { NATIONAL, PROVINCE, CITY, COUNTY, SCHOOL }

    record Node(String name, Level level, Region region) {
    }

    private final ThisNode thisNode;
    private final Regions regions;
    private final Level level;
    private final String regionCode;

    NodeIdentity(ThisNode thisNode, Regions regions, @Value("${renrentong.node.level:NATIONAL}") Level level,
                 @Value("${renrentong.node.region:" + Region.NATIONAL_CODE + "}") String regionCode) {
        this.thisNode = thisNode;
        this.regions = regions;
        this.level = level;
        this.regionCode = regionCode.trim();
    }

    /** In the reader's language: an unnamed node goes by the platform's name. */
    Node node() {
        return new Node(thisNode.name(), level, regions.get(regionCode));
    }
}
