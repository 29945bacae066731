package org.renrentong.apps.lti;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.URI;
import java.util.Set;

/** Checks what a tool signs (a deep-linking answer, a client assertion) with the tool's JWK set or public key. */
final class ToolAssertions {

    private ToolAssertions() {
    }

    /**
     * The claims if the tool signed them (RS256), for this audience, issued by the tool, within their lifetime and
     * with the required claims; null for anything else (a bad signature, an unreadable key set included).
     */
    static JWTClaimsSet verified(SignedJWT jwt, LtiTool tool, String audience, Set<String> required) {
        try {
            DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keysOf(tool)));
            processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(audience,
                    new JWTClaimsSet.Builder().issuer(tool.clientId()).build(), required));
            return processor.process(jwt, null);
        } catch (Exception e) {
            return null;
        }
    }

    private static JWKSource<SecurityContext> keysOf(LtiTool tool) throws Exception {
        if (tool.jwksUrl() != null) {
            return JWKSourceBuilder.create(URI.create(tool.jwksUrl()).toURL()).retrying(false).build();
        }
        return new ImmutableJWKSet<>(new JWKSet(RSAKey.parse(tool.publicKey())));
    }
}
