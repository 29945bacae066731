package org.renrentong.org;

/** A free group: a club, an interest group or a teacher research group; school-level or region-level. */
public record Group(long id, String name, Kind kind, Long schoolId, String regionCode, String regionPath) {

    public enum Kind { CLUB, INTEREST, RESEARCH }
}
