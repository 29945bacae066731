package org.renrentong.apps;

import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsent;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The consents people gave apps, each call in one transaction: the stored service's row mapper looks the client up
 * while its row is open, which outside a transaction takes a second pooled connection and, under load, starves the
 * pool.
 */
final class StoredConsents implements OAuth2AuthorizationConsentService {

    private final OAuth2AuthorizationConsentService stored;
    private final TransactionOperations transactions;

    StoredConsents(OAuth2AuthorizationConsentService stored, TransactionOperations transactions) {
        this.stored = stored;
        this.transactions = transactions;
    }

    @Override
    public void save(OAuth2AuthorizationConsent consent) {
        transactions.executeWithoutResult(tx -> stored.save(consent));
    }

    @Override
    public void remove(OAuth2AuthorizationConsent consent) {
        transactions.executeWithoutResult(tx -> stored.remove(consent));
    }

    @Override
    public OAuth2AuthorizationConsent findById(String registeredClientId, String principalName) {
        return transactions.execute(tx -> stored.findById(registeredClientId, principalName));
    }
}
