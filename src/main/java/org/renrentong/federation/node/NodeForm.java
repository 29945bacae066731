package org.renrentong.federation.node;

import org.renrentong.federation.NodeLevel;

/** What a platform administrator edits of this node: the code (until it has joined), name, level, region, URL. */
record NodeForm(String code, String name, NodeLevel level, String regionCode, String baseUrl) {
}
