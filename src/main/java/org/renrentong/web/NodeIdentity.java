package org.renrentong.web;

import org.renrentong.region.Region;
import org.renrentong.region.Regions;
import org.renrentong.shared.ThisNode;
import org.springframework.stereotype.Component;

/** What this node is for its front page: its name, level and region, as the federation module stores them. */
@Component
class NodeIdentity {

    /** The levels of the nodes of the system (国家/省/市/县/校). */
    enum Level { NATIONAL, PROVINCE, CITY, COUNTY, SCHOOL }

    record Node(String name, Level level, Region region) {
    }

    private final ThisNode thisNode;
    private final Regions regions;

    NodeIdentity(ThisNode thisNode, Regions regions) {
        this.thisNode = thisNode;
        this.regions = regions;
    }

    /** In the reader's language: an unnamed node goes by the platform's name. */
    Node node() {
        return new Node(thisNode.name(), Level.valueOf(thisNode.level()), regions.get(thisNode.regionCode()));
    }
}
