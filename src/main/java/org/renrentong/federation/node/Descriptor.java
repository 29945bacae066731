package org.renrentong.federation.node;

import org.renrentong.federation.NodeLevel;

/**
 * A node as it describes itself to others ({@code GET /federation/node}, and in a join): code, name, level, region,
 * base URL, and its Ed25519 public key (base64 of the X.509 encoding) with the key's id.
 */
record Descriptor(String code, String name, NodeLevel level, String regionCode, String baseUrl, String publicKey,
                  String keyId) {
}
