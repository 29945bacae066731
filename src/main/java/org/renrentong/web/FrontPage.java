package org.renrentong.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.renrentong.resource.Resource;
import org.renrentong.resource.ResourceFigures;
import org.renrentong.space.Space;
import org.renrentong.space.SpaceReport;
import org.renrentong.space.SpaceStatistics;
import org.renrentong.space.Spaces;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The node's front page, the same for every reader: what the node is, featured and newest public resources, the
 * public bureau and school spaces below it, and a few figures. Counting a province is costly, so the page is kept
 * for a short while ({@code renrentong.front.cache}).
 */
@Service
class FrontPage {

    static final int RESOURCES = 6;
    static final int SPACES = 12;

    /** The node's figures: people of its schools, their spaces opened, resources published. */
    record Figures(long people, long opened, long resources) {
    }

    record View(NodeIdentity.Node node, List<Resource> featured, List<Resource> newest, List<Space> spaces,
                Figures figures) {
    }

    /** What is counted and listed, kept a while; the node itself is named anew in each reader's language. */
    private record Content(List<Resource> featured, List<Resource> newest, List<Space> spaces, Figures figures) {
    }

    private record Kept(Content content, Instant until) {
    }

    private final NodeIdentity identity;
    private final ResourceFigures resources;
    private final SpaceStatistics statistics;
    private final Spaces spaces;
    private final Duration keep;
    private volatile Kept kept;

    FrontPage(NodeIdentity identity, ResourceFigures resources, SpaceStatistics statistics, Spaces spaces,
              @Value("${renrentong.front.cache:60s}") Duration keep) {
        this.identity = identity;
        this.resources = resources;
        this.statistics = statistics;
        this.spaces = spaces;
        this.keep = keep;
    }

    View view() {
        NodeIdentity.Node node = identity.node();
        Kept current = kept;
        if (current == null || Instant.now().isAfter(current.until())) {
            current = new Kept(content(node.region().path()), Instant.now().plus(keep));
            kept = current;
        }
        Content c = current.content();
        return new View(node, c.featured(), c.newest(), c.spaces(), c.figures());
    }

    private Content content(String path) {
        SpaceReport.Row totals = statistics.totals(path);
        return new Content(resources.featured(path, RESOURCES), resources.newest(path, RESOURCES),
                spaces.publicInstitutional(path, SPACES),
                new Figures(totals.people(), totals.opened(), resources.published(path)));
    }
}
