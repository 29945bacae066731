package org.renrentong.federation.harvest;

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

/** The harvest sources as JSON, for platform administrators. */
@RestController
@RequestMapping("/api/v1/harvest/sources")
class HarvestApi {

    private final HarvestSources sources;

    HarvestApi(HarvestSources sources) {
        this.sources = sources;
    }

    @GetMapping
    List<HarvestSources.SourceView> list(Actor me) {
        return sources.list(me);
    }

    @GetMapping("/{id}")
    HarvestSources.SourceDetail get(Actor me, @PathVariable long id) {
        return sources.get(me, id);
    }

    /** Adds an external source after its URL answered Identify. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    HarvestSource add(Actor me, @RequestBody SourceForm form) {
        return sources.add(me, form);
    }

    @PutMapping("/{id}")
    HarvestSource update(Actor me, @PathVariable long id, @RequestBody SourceForm form) {
        return sources.update(me, id, form);
    }

    /** Starts a harvest now; 202, since it runs after the answer (follow it with GET). */
    @PostMapping("/{id}/harvest")
    @ResponseStatus(HttpStatus.ACCEPTED)
    HarvestSource harvestNow(Actor me, @PathVariable long id) {
        return sources.harvestNow(me, id);
    }
}
