package org.renrentong.apps.guardian;

import java.util.Optional;
import java.util.Set;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsent;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;

/**
 * The consents of single sign-on, where a child's consent is their guardian's: for a student under 14 the consent
 * an app holds is what a guardian granted (with {@code openid}, which needs none), and the child's own answers on
 * the consent screen are never stored as consent. Everyone else's consents are kept as the protocol keeps them.
 */
final class ChildConsents implements OAuth2AuthorizationConsentService {

    private final OAuth2AuthorizationConsentService own;
    private final Minors minors;
    private final GuardianConsentRepository guardianConsents;

    ChildConsents(OAuth2AuthorizationConsentService own, Minors minors,
                  GuardianConsentRepository guardianConsents) {
        this.own = own;
        this.minors = minors;
        this.guardianConsents = guardianConsents;
    }

    @Override
    public void save(OAuth2AuthorizationConsent consent) {
        if (minors.underFourteen(consent.getPrincipalName()).isEmpty()) {
            own.save(consent);
        }
    }

    @Override
    public void remove(OAuth2AuthorizationConsent consent) {
        if (minors.underFourteen(consent.getPrincipalName()).isEmpty()) {
            own.remove(consent);
        }
    }

    @Override
    public OAuth2AuthorizationConsent findById(String registeredClientId, String principalName) {
        Optional<Long> child = minors.underFourteen(principalName);
        if (child.isEmpty()) {
            return own.findById(registeredClientId, principalName);
        }
        Set<String> granted = guardianConsents.granted(registeredClientId, child.get());
        if (granted.isEmpty()) {
            return null;
        }
        OAuth2AuthorizationConsent.Builder consent = OAuth2AuthorizationConsent.withId(registeredClientId,
                principalName).scope(OidcScopes.OPENID);
        granted.forEach(consent::scope);
        return consent.build();
    }
}
