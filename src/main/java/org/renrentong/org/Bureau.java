package org.renrentong.org;

/** The education bureau of a region. */
public record Bureau(long id, String regionCode, String name, String regionPath) {
}
