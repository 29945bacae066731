package org.renrentong.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.renrentong.shared.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is: account, the role acting now, all roles held; and changing one's own password. */
@RestController
@RequestMapping("/api/v1/me")
class MeApi {

    record Me(long personId, String account, String name, Role role, long grantId, Long schoolId,
              List<RoleGrant> grants) {
    }

    record PasswordChange(String current, String next) {
    }

    private final Passwords passwords;

    MeApi(Passwords passwords) {
        this.passwords = passwords;
    }

    @GetMapping
    Me me(Actor me) {
        return new Me(me.personId(), me.account(), me.name(), me.role(), me.grant().id(), me.schoolId(), me.grants());
    }

    /** The one call an account still on its initial password may make. */
    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(Actor me, @RequestBody PasswordChange body, HttpServletRequest request) {
        if (body.next() == null) {
            throw DomainException.invalid("password.weak");
        }
        CredentialStampFilter.keep(request, passwords.change(me, body.current(), body.next()));
    }
}
