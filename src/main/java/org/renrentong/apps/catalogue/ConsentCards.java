package org.renrentong.apps.catalogue;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** What the consent screen tells of an onboarded app: its name, its provider, and its purpose for each scope. */
@Component
public class ConsentCards {

    private final AppRepository repository;

    ConsentCards(AppRepository repository) {
        this.repository = repository;
    }

    /** @param purposes the provider's plain-language purpose, by scope */
    public record ConsentCard(String name, String providerName, Map<String, String> purposes) {
    }

    /** The card of the app behind the client; empty for a client that is no onboarded app. */
    public Optional<ConsentCard> forClient(String clientId) {
        return repository.byClientId(clientId).map(a -> new ConsentCard(a.name(), a.providerName(), a.scopes()));
    }
}
