package org.renrentong.federation.node;

import org.renrentong.federation.NodeLevel;

/** What a parent's administrator enters to issue a join token: the child expected, and how many hours it is valid. */
record TokenForm(String name, NodeLevel level, String regionCode, Integer validHours) {
}
