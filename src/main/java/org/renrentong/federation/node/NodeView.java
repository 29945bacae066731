package org.renrentong.federation.node;

import java.util.Base64;
import org.renrentong.federation.NodeLevel;

/** This node's identity as its administrators see it, with the region's name and whether the code is fixed. */
record NodeView(String code, String name, NodeLevel level, String regionCode, String regionName, String baseUrl,
                String keyId, String publicKey, boolean codeFixed) {

    static NodeView of(Identity i, String regionName, boolean codeFixed) {
        return new NodeView(i.code(), i.name(), i.level(), i.regionCode(), regionName, i.baseUrl(), i.keyId(),
                Base64.getEncoder().encodeToString(i.publicKey()), codeFixed);
    }

    NodeForm form() {
        return new NodeForm(code, name, level, regionCode, baseUrl);
    }
}
