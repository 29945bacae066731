package org.renrentong.federation;

/** A node joined to this one, as parent or child: its code, name, level, region code and public base URL. */
public record Peer(String code, String name, NodeLevel level, String regionCode, String baseUrl) {
}
