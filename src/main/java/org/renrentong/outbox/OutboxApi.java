package org.renrentong.outbox;

import java.util.UUID;
import org.renrentong.identity.Actor;
import org.renrentong.shared.Slice;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The undelivered events as JSON, for platform administrators; "after" is the nextKey of the last page. */
@RestController
class OutboxApi {

    private final Outbox outbox;

    OutboxApi(Outbox outbox) {
        this.outbox = outbox;
    }

    /** A page of publications, with the counts of pending and failed ones. */
    record Page(Slice<Publication> publications, Outbox.Counts counts) {
    }

    @GetMapping("/api/v1/events")
    Page list(Actor me, @RequestParam(required = false) OutboxStatus status,
              @RequestParam(required = false) String after, @RequestParam(defaultValue = "50") int limit) {
        return new Page(outbox.list(me, status, after, limit), outbox.counts(me));
    }

    /** Delivers the publication again now; 202, since the listener runs after the answer. */
    @PostMapping("/api/v1/events/{id}/delivery")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Publication deliverAgain(Actor me, @PathVariable UUID id) {
        return outbox.deliverAgain(me, id);
    }
}
