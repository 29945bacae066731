package org.renrentong.federation.node;

import java.util.Base64;
import org.renrentong.federation.NodeLevel;

/** This node as stored: what it tells other nodes about itself, with the id of its signing key. */
record Identity(String code, String name, NodeLevel level, String regionCode, String baseUrl, String keyId,
                byte[] publicKey) {

    /** What a joining node fetches and what a parent answers a child that joined; the name as given. */
    Descriptor descriptor(String shownName) {
        return new Descriptor(code, shownName, level, regionCode, baseUrl, Base64.getEncoder().encodeToString(publicKey),
                keyId);
    }
}
