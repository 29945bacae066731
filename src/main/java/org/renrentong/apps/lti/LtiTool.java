package org.renrentong.apps.lti;

/**
 * An LTI 1.3 tool as the node knows it: its client id and deployment at this node, where a launch starts (the OIDC
 * login initiation URL), where launches may be posted (the target link URI and the deep-linking URL), how its
 * signatures are checked (a JWK set URL or one public key as a JWK), whether launches may carry names, and the app
 * it is the LTI side of (none for the tools the platform administrator registered).
 */
public record LtiTool(long id, String name, String clientId, String deploymentId, String loginUrl,
                      String targetLinkUri, String deepLinkingUrl, String jwksUrl, String publicKey,
                      boolean sendsNames, Long appId) {

    /** Where the node may post a launch for this tool: the registered URLs, nothing else. */
    boolean mayReceiveAt(String redirectUri) {
        return redirectUri != null && (redirectUri.equals(targetLinkUri) || redirectUri.equals(deepLinkingUrl));
    }

    boolean deepLinks() {
        return deepLinkingUrl != null;
    }
}
