package org.renrentong.apps;

import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.renrentong.apps.catalogue.ConsentCards;
import org.renrentong.apps.guardian.ChildConsentView;
import org.renrentong.apps.guardian.ConsentRequests;
import org.renrentong.shared.DomainException;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsent;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The consent screen of single sign-on: which app asks, what each scope it asks for would tell it, in plain words;
 * the person ticks what they agree to and the form goes back to the authorization endpoint.
 */
@Controller
class ConsentController {

    static final String PATH = "/oauth2/consent";

    private final RegisteredClientRepository clients;
    private final OAuth2AuthorizationConsentService consents;
    private final ConsentRequests childConsents;
    private final ConsentCards cards;

    ConsentController(RegisteredClientRepository clients, OAuth2AuthorizationConsentService consents,
                      ConsentRequests childConsents, ConsentCards cards) {
        this.clients = clients;
        this.consents = consents;
        this.childConsents = childConsents;
        this.cards = cards;
    }

    /** A scope as the screen shows it: its name, and whether the person already agreed to it. */
    record AskedScope(String name, boolean granted) {
    }

    @GetMapping(PATH)
    String consent(Principal principal, Model model, @RequestParam("client_id") String clientId,
                   @RequestParam(value = "scope", defaultValue = "") String scope,
                   @RequestParam(value = "state", defaultValue = "") String state) {
        RegisteredClient client = clients.findByClientId(clientId);
        if (client == null) {
            throw DomainException.notFound("apps.client.unknown");
        }
        OAuth2AuthorizationConsent earlier = consents.findById(client.getId(), principal.getName());
        Set<String> granted = earlier == null ? Set.of() : earlier.getScopes();
        List<AskedScope> asked = new LinkedHashSet<>(List.of(scope.split(" "))).stream()
                .filter(s -> !s.isBlank() && !s.equals(OidcScopes.OPENID))
                .map(s -> new AskedScope(s, granted.contains(s))).toList();
        model.addAttribute("clientId", clientId);
        model.addAttribute("clientName", client.getClientName());
        model.addAttribute("state", state);
        model.addAttribute("scopes", asked);
        model.addAttribute("app", cards.forClient(clientId).orElse(null));
        // openid asks nothing of the person: agreeing to the rest (or to nothing more) keeps it
        model.addAttribute("openid", List.of(scope.split(" ")).contains(OidcScopes.OPENID));
        // a child under 14 cannot consent themself: their screen is a guardian's answer, or asking for one
        Optional<ChildConsentView> child = childConsents.view(principal.getName(), client, List.of(scope.split(" ")));
        if (child.isPresent()) {
            model.addAttribute("child", child.get());
            model.addAttribute("requested", scope);
            return ChildConsentView.TEMPLATE;
        }
        return "apps/consent";
    }
}
