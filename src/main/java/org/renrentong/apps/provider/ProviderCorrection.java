package org.renrentong.apps.provider;

/**
 * What a refused enterprise corrects before it asks to be vetted again: its own details. Its contact stays, for the
 * contact's phone is the account it signs in with.
 */
public record ProviderCorrection(String name, String creditCode, String icpFiling, Integer securityLevel,
                                 String securityCertificate, String regionCode) {

    /** The correction as a registration form, to be checked by the same rules. */
    ProviderForm asForm() {
        return new ProviderForm(name, creditCode, icpFiling, securityLevel, securityCertificate, regionCode, null,
                null, null);
    }
}
