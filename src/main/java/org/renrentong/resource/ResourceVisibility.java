package org.renrentong.resource;

/**
 * Who may read and download a published resource: everyone, signed-in people, or the contributing school's people
 * (and those who manage that school). The names are the search index's visibility codes.
 */
public enum ResourceVisibility {
    PUBLIC, SIGNED_IN, ORGANISATION
}
