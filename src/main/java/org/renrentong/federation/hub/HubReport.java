package org.renrentong.federation.hub;

import java.time.Instant;
import java.util.List;

/**
 * The hub's statistics (资源汇聚): this node's published resources, local and harvested, by node of origin, by the
 * level of the node of origin and by subject.
 *
 * @param total      published resources, each once (a resource in two subjects counts in both subject rows)
 * @param harvested  of them, harvested from elsewhere
 */
public record HubReport(String nodeName, Instant at, long total, long harvested, List<OriginRow> origins,
                        List<LevelRow> levels, List<SubjectRow> subjects) {

    /** The level of a node of origin; OTHER for sources that are not nodes joined to this one. */
    public enum Level { NATIONAL, PROVINCE, CITY, COUNTY, SCHOOL, OTHER }

    /**
     * One node of origin.
     *
     * @param local       this node itself
     * @param lastHarvest when the harvest of the source it comes from last completed; null for this node, and for an
     *                    origin reached through another source or never harvested completely
     */
    public record OriginRow(String code, String name, Level level, boolean local, long resources,
                            Instant lastHarvest) {
    }

    public record LevelRow(Level level, long resources) {
    }

    /** @param code the subject's code; null for resources placed in no subject */
    public record SubjectRow(String code, String name, long resources) {
    }
}
