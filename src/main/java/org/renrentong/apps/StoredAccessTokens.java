package org.renrentong.apps;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2TokenIntrospectionClaimNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OAuth2IntrospectionAuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;

/**
 * Reads a bearer access token (a reference, see {@link ReferenceAccessTokens}) from the stored authorizations: good
 * while it has not expired, been revoked or had its authorization withdrawn. The userinfo endpoint then finds the
 * same authorization again in what the request has read, so this costs no statement of its own.
 */
final class StoredAccessTokens implements OpaqueTokenIntrospector {

    private final OAuth2AuthorizationService authorizations;

    StoredAccessTokens(OAuth2AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        OAuth2Authorization authorization = authorizations.findByToken(token, OAuth2TokenType.ACCESS_TOKEN);
        OAuth2Authorization.Token<OAuth2AccessToken> access = authorization == null ? null
                : authorization.getAccessToken();
        if (access == null || !access.isActive()) {
            throw new BadOpaqueTokenException("unknown, expired or revoked access token");
        }
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put(OAuth2TokenIntrospectionClaimNames.ACTIVE, true);
        claims.put(OAuth2TokenIntrospectionClaimNames.CLIENT_ID, authorization.getRegisteredClientId());
        claims.put(OAuth2TokenIntrospectionClaimNames.IAT, access.getToken().getIssuedAt());
        claims.put(OAuth2TokenIntrospectionClaimNames.EXP, access.getToken().getExpiresAt());
        List<GrantedAuthority> scopes = access.getToken().getScopes().stream()
                .<GrantedAuthority>map(scope -> new SimpleGrantedAuthority("SCOPE_" + scope)).toList();
        return new OAuth2IntrospectionAuthenticatedPrincipal(authorization.getPrincipalName(), claims, scopes);
    }
}
