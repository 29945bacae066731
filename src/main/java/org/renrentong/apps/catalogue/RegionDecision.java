package org.renrentong.apps.catalogue;

import java.time.Instant;

/** An app's application or decision at one region. */
public record RegionDecision(String regionCode, String regionName, String regionPath, Decision decision,
                             String reason, Instant decidedAt) {
}
