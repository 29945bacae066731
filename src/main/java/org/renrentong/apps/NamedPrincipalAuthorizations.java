package org.renrentong.apps;

import java.security.Principal;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * Stores authorizations with the person who signed in reduced to their account name and how and when they proved
 * who they are (the factor authorities, which give the ID token its {@code auth_time}): the stored JSON then holds
 * no password hash and no class of the node's own, and the claims are read afresh from the account for each token.
 */
final class NamedPrincipalAuthorizations implements OAuth2AuthorizationService {

    private final OAuth2AuthorizationService stored;

    NamedPrincipalAuthorizations(OAuth2AuthorizationService stored) {
        this.stored = stored;
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        Object principal = authorization.getAttribute(Principal.class.getName());
        if (principal instanceof Authentication signedIn && !(signedIn.getPrincipal() instanceof User)) {
            List<GrantedAuthority> factors = signedIn.getAuthorities().stream()
                    .filter(FactorGrantedAuthority.class::isInstance).map(GrantedAuthority.class::cast).toList();
            User named = new User(signedIn.getName(), "", factors);
            Authentication reduced = UsernamePasswordAuthenticationToken.authenticated(named, null, factors);
            authorization = OAuth2Authorization.from(authorization).attribute(Principal.class.getName(), reduced)
                    .build();
        }
        stored.save(authorization);
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        stored.remove(authorization);
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return stored.findById(id);
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        return stored.findByToken(token, tokenType);
    }
}
