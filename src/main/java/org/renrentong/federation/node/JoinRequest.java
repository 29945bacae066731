package org.renrentong.federation.node;

/** What a joining child sends its parent ({@code POST /federation/join}): the token it was given, and itself. */
record JoinRequest(String token, Descriptor child) {
}
