package org.renrentong.apps.provider;

/** A registration received: the provider, and the account its contact signs in with (or with the phone). */
public record Registration(long providerId, String account, ProviderStatus status) {
}
