package org.renrentong.federation.node;

import java.security.KeyPair;
import java.util.Base64;
import org.renrentong.federation.NodeLevel;
import org.renrentong.testing.Fixtures;

/** A child node for tests: a code of its own, a key pair, and the descriptor it presents when it joins. */
record ChildNode(String code, KeyPair keys, NodeLevel level, String regionCode) {

    static ChildNode county() {
        return new ChildNode("t" + Fixtures.unique(), NodeKeys.generate(), NodeLevel.COUNTY, "130102");
    }

    ChildNode at(NodeLevel otherLevel, String otherRegion) {
        return new ChildNode(code, keys, otherLevel, otherRegion);
    }

    Descriptor descriptor() {
        byte[] key = keys.getPublic().getEncoded();
        return new Descriptor(code, "长安区节点" + code, level, regionCode, "http://127.0.0.1:1",
                Base64.getEncoder().encodeToString(key), NodeKeys.keyId(key));
    }

    String joinJson(String token) {
        Descriptor d = descriptor();
        return """
                {"token":"%s","child":{"code":"%s","name":"%s","level":"%s","regionCode":"%s","baseUrl":"%s",
                 "publicKey":"%s","keyId":"%s"}}""".formatted(token, d.code(), d.name(), d.level(), d.regionCode(),
                d.baseUrl(), d.publicKey(), d.keyId());
    }
}
