package org.renrentong.apps.lti;

/** What a platform administrator enters to register a tool (the page's form and the API's body). */
public record LtiToolForm(String name, String clientId, String deploymentId, String loginUrl, String targetLinkUri,
                          String deepLinkingUrl, String jwksUrl, String publicKey, Boolean sendsNames) {

    static LtiToolForm empty() {
        return new LtiToolForm(null, null, null, null, null, null, null, null, false);
    }
}
