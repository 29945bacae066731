package org.renrentong.apps.catalogue;

/** An app's OIDC client and a new secret for it: the only time the secret is shown. */
public record ClientCredentials(String clientId, String clientSecret) {
}
