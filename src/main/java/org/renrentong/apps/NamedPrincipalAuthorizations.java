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
import org.springframework.transaction.support.TransactionOperations;

/**
 * Stores authorizations with the person who signed in reduced to their account name and how and when they proved
 * who they are (the factor authorities, which give the ID token its {@code auth_time}): the stored JSON then holds
 * no password hash and no class of the node's own, and the claims are read afresh from the account for each token.
 * Each call runs in one transaction: the stored service's row mapper looks the client up while its row is open,
 * which outside a transaction takes a second pooled connection and, under load, starves the pool.
 */
final class NamedPrincipalAuthorizations implements OAuth2AuthorizationService {

    private final OAuth2AuthorizationService stored;
    private final TransactionOperations transactions;

    NamedPrincipalAuthorizations(OAuth2AuthorizationService stored, TransactionOperations transactions) {
        this.stored = stored;
        this.transactions = transactions;
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
        OAuth2Authorization toStore = authorization;
        transactions.executeWithoutResult(tx -> stored.save(toStore));
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        transactions.executeWithoutResult(tx -> stored.remove(authorization));
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return transactions.execute(tx -> stored.findById(id));
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        return transactions.execute(tx -> stored.findByToken(token, tokenType));
    }
}
