package org.renrentong.identity;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** An administrator resets a person's password over the API; the answer carries the initial password, once. */
@RestController
class PasswordResetApi {

    record InitialPassword(long personId, String initialPassword) {
    }

    private final PasswordResets resets;

    PasswordResetApi(PasswordResets resets) {
        this.resets = resets;
    }

    @PostMapping("/api/v1/people/{id}/password-reset")
    ResponseEntity<InitialPassword> reset(Actor me, @PathVariable long id) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new InitialPassword(id, resets.reset(me, id)));
    }
}
