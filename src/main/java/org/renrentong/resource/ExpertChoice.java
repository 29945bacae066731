package org.renrentong.resource;

/** An expert reviewer an administrator may assign, with the region of their expert role. */
public record ExpertChoice(long personId, String name, String regionName) {
}
