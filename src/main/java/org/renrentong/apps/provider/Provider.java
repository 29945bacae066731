package org.renrentong.apps.provider;

import java.time.Instant;

/** An app provider as its vetting shows it. */
public record Provider(long id, long organisationId, String name, String creditCode, String icpFiling,
                       int securityLevel, String securityCertificate, String regionCode, String contactName,
                       String contactPhone, ProviderStatus status, String refusalReason, Instant registeredAt,
                       Instant vettedAt) {

    public boolean approved() {
        return status == ProviderStatus.APPROVED;
    }
}
