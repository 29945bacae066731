package org.renrentong.apps.provider;

/**
 * What an enterprise enters to register as an app provider: itself (name, unified social credit code, ICP filing
 * number, 等保 level with the certificate's number from level 2 on, the region where it is registered) and the
 * contact who gets its first account (name, phone, the password they choose) — no more personal data than that.
 */
public record ProviderForm(String name, String creditCode, String icpFiling, Integer securityLevel,
                           String securityCertificate, String regionCode, String contactName, String contactPhone,
                           String password) {
}
