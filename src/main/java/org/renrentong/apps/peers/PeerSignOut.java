package org.renrentong.apps.peers;

/**
 * A joined node is to be told that a person signed out here, by the ID token it issued ({@code idToken}) or by the
 * subject this node gave it ({@code subject}). Kept in the outbox until the node has been told.
 */
public record PeerSignOut(String nodeCode, String name, String value) {
}
