package org.renrentong.apps.provider;

import java.util.function.Function;
import org.renrentong.region.Region;
import org.renrentong.shared.DomainException;

/** The checks of a registration form, field by field, with a message key for the field that is wrong. */
final class ProviderRules {

    private ProviderRules() {
    }

    /** A registration's enterprise data, checked and cleaned. */
    record Checked(String name, String creditCode, String icpFiling, int level, String certificate, Region region) {
    }

    static Checked check(ProviderForm form, Function<String, Region> regions) {
        if (form == null) {
            throw DomainException.invalid("apps.provider.name.required");
        }
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty()) {
            throw DomainException.invalid("apps.provider.name.required");
        }
        if (name.length() > 100) {
            throw DomainException.invalid("apps.provider.name.tooLong");
        }
        String code = CreditCode.parse(form.creditCode())
                .orElseThrow(() -> DomainException.invalid("apps.provider.creditCode.invalid"));
        String icp = IcpFiling.parse(form.icpFiling())
                .orElseThrow(() -> DomainException.invalid("apps.provider.icpFiling.invalid"));
        Integer level = form.securityLevel();
        if (level == null || level < 1 || level > 4) {
            throw DomainException.invalid("apps.provider.securityLevel.invalid");
        }
        String certificate = form.securityCertificate() == null ? "" : form.securityCertificate().strip();
        if (level >= 2 && certificate.isEmpty()) {
            throw DomainException.invalid("apps.provider.securityCertificate.required");
        }
        if (certificate.length() > 64) {
            throw DomainException.invalid("apps.provider.securityCertificate.tooLong");
        }
        String regionCode = form.regionCode() == null ? "" : form.regionCode().strip();
        Region region = regionCode.matches("\\d{6}") ? regions.apply(regionCode) : null;
        if (region == null || region.retired() || Region.NATIONAL_CODE.equals(region.code())) {
            throw DomainException.invalid("apps.provider.regionCode.unknown");
        }
        return new Checked(name, code, icp, level, certificate.isEmpty() ? null : certificate, region);
    }
}
