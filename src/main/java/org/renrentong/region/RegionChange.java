package org.renrentong.region;

import java.time.Instant;

/** One entry in a region's history: added, renamed or retired. */
public record RegionChange(String kind, String oldName, String newName, String replacedBy, Instant at) {
}
