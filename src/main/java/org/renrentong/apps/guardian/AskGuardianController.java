package org.renrentong.apps.guardian;

import java.util.List;
import org.renrentong.identity.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** A child on the consent screen asks their guardians, and comes back to the screen, still in the sign-in. */
@Controller
class AskGuardianController {

    static final String PATH = "/oauth2/consent/guardian";

    private final ConsentRequests requests;

    AskGuardianController(ConsentRequests requests) {
        this.requests = requests;
    }

    @PostMapping(PATH)
    String ask(Actor me, @RequestParam("client_id") String clientId,
               @RequestParam(name = "scope", required = false) List<String> scopes,
               @RequestParam(value = "requested", defaultValue = "") String requested,
               @RequestParam(value = "state", defaultValue = "") String state, RedirectAttributes redirect) {
        requests.ask(me, clientId, scopes == null ? List.of() : scopes);
        redirect.addFlashAttribute("asked", true);
        return "redirect:" + UriComponentsBuilder.fromPath("/oauth2/consent").queryParam("client_id", clientId)
                .queryParam("scope", requested).queryParam("state", state).encode().build().toUriString();
    }
}
