package org.renrentong.search;

/** How many hits of the current search carry a facet value. */
public record FacetCount(String value, long count) {
}
