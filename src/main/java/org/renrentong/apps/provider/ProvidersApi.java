package org.renrentong.apps.provider;

import java.util.List;
import org.renrentong.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * App providers as JSON: an enterprise registers without signing in; platform administrators list and vet the
 * registrations; a provider's own accounts read theirs.
 */
@RestController
@RequestMapping("/api/v1/app-providers")
class ProvidersApi {

    private final Providers providers;

    ProvidersApi(Providers providers) {
        this.providers = providers;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Registration register(@RequestBody ProviderForm form) {
        return providers.register(providers.desk(), form);
    }

    @GetMapping
    List<Provider> list(Actor me) {
        return providers.list(me);
    }

    @GetMapping("/mine")
    Provider mine(Actor me) {
        return providers.mine(me);
    }

    /** A refused registration, corrected: waiting for vetting again. */
    @PutMapping("/mine")
    Provider resubmit(Actor me, @RequestBody ProviderCorrection correction) {
        return providers.resubmit(me, correction);
    }

    @GetMapping("/{id}")
    Provider get(Actor me, @PathVariable long id) {
        return providers.get(me, id);
    }

    @PostMapping("/{id}/approval")
    Provider approve(Actor me, @PathVariable long id) {
        return providers.approve(me, id);
    }

    @PostMapping("/{id}/refusal")
    Provider refuse(Actor me, @PathVariable long id, @RequestBody Refusal refusal) {
        return providers.refuse(me, id, refusal);
    }
}
