package org.renrentong.apps.catalogue;

/** The region a provider applies to. */
public record RegionChoice(String regionCode) {
}
