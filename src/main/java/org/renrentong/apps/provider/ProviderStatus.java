package org.renrentong.apps.provider;

/** Where an app provider's registration stands: waiting for vetting, approved, or refused with a reason. */
public enum ProviderStatus {
    PENDING, APPROVED, REFUSED
}
