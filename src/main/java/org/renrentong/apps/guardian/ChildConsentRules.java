package org.renrentong.apps.guardian;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsent;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationConsentAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationConsentAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationConsentAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Guardian consent in the protocol itself. A child's consent is a guardian's ({@link ChildConsents}); an
 * authorization request of a child for more than the pseudonymous id goes to the consent screen unless a guardian
 * granted all of it, whatever the app's own consent setting; and a child's answer there may hold no more than a
 * guardian granted (plus {@code openid}), else the app gets {@code access_denied}. So a child's sign-in completes
 * with exactly the granted scopes, or with the pseudonymous id alone.
 */
@Component
public class ChildConsentRules {

    private final Minors minors;
    private final GuardianConsentRepository guardianConsents;

    ChildConsentRules(Minors minors, GuardianConsentRepository guardianConsents) {
        this.minors = minors;
        this.guardianConsents = guardianConsents;
    }

    /** The node's consents, with children's answered by their guardians. */
    public OAuth2AuthorizationConsentService around(OAuth2AuthorizationConsentService own) {
        return new ChildConsents(own, minors, guardianConsents);
    }

    /**
     * Whether an app may have this of the person signed in under this account: anyone but a child decides for
     * themselves; for a child, only what a guardian granted to the app (by its registered client id, if any).
     */
    public boolean mayRelease(String account, String registeredClientId, String scope) {
        Optional<Long> child = minors.underFourteen(account);
        return child.isEmpty() || registeredClientId != null
                && guardianConsents.granted(registeredClientId, child.get()).contains(scope);
    }

    /** Puts the rules into the authorization endpoint's providers. */
    public void configure(List<AuthenticationProvider> providers) {
        for (AuthenticationProvider provider : providers) {
            if (provider instanceof OAuth2AuthorizationCodeRequestAuthenticationProvider request) {
                request.setAuthorizationConsentRequired(this::consentRequired);
            } else if (provider instanceof OAuth2AuthorizationConsentAuthenticationProvider consent) {
                consent.setAuthorizationConsentCustomizer(this::limitToGranted);
            }
        }
    }

    boolean consentRequired(OAuth2AuthorizationCodeRequestAuthenticationContext context) {
        Set<String> asked = context.getAuthorizationRequest().getScopes();
        Authentication principal = (Authentication) context.getAuthentication().getPrincipal();
        boolean child = minors.underFourteen(principal.getName()).isPresent();
        if (!child && !context.getRegisteredClient().getClientSettings().isRequireAuthorizationConsent()) {
            return false;
        }
        // the pseudonymous id alone needs nobody's consent
        if (asked.contains(OidcScopes.OPENID) && asked.size() == 1) {
            return false;
        }
        OAuth2AuthorizationConsent earlier = context.getAuthorizationConsent();
        return earlier == null || !earlier.getScopes().containsAll(asked);
    }

    /** A child's answer holding more than a guardian granted is no consent at all. */
    void limitToGranted(OAuth2AuthorizationConsentAuthenticationContext context) {
        Optional<Long> child = minors.underFourteen(context.getAuthorization().getPrincipalName());
        if (child.isEmpty()) {
            return;
        }
        Set<String> allowed = new HashSet<>(guardianConsents.granted(context.getRegisteredClient().getId(),
                child.get()));
        allowed.add(OidcScopes.OPENID);
        OAuth2AuthorizationConsentAuthenticationToken answer = context.getAuthentication();
        if (!allowed.containsAll(answer.getScopes())) {
            context.getAuthorizationConsent().authorities(Set::clear);
        }
    }
}
