package org.renrentong.apps.lti;

/**
 * The tool's authentication request, as it comes back to the node after the third-party login initiation
 * (OpenID Connect implicit flow with {@code response_mode=form_post}, per the IMS Security Framework).
 */
public record LaunchRequest(String clientId, String redirectUri, String responseType, String responseMode,
                            String scope, String nonce, String state, String loginHint, String messageHint) {
}
