package org.renrentong.identity;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own guardian invitations: list the pending ones, accept or decline one. */
@RestController
@RequestMapping("/api/v1/me/invitations")
class GuardianInvitationsApi {

    private final Guardians guardians;

    GuardianInvitationsApi(Guardians guardians) {
        this.guardians = guardians;
    }

    @GetMapping
    List<GuardianInvitation> pending(Actor me) {
        return guardians.pending(me);
    }

    @PostMapping("/{id}/accept")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void accept(Actor me, @PathVariable long id) {
        guardians.accept(me, id);
    }

    @PostMapping("/{id}/decline")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void decline(Actor me, @PathVariable long id) {
        guardians.decline(me, id);
    }
}
