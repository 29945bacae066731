package org.renrentong.identity;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in account as Spring Security keeps it in the session. Roles are resolved per request into an Actor. */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long personId;
    private final String account;
    private String passwordHash;
    private final boolean enabled;
    private final Instant lockedUntil;
    private final boolean mustChangePassword;

    AccountPrincipal(long personId, String account, String passwordHash, boolean enabled, Instant lockedUntil,
                     boolean mustChangePassword) {
        this.personId = personId;
        this.account = account;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.lockedUntil = lockedUntil;
        this.mustChangePassword = mustChangePassword;
    }

    public long personId() {
        return personId;
    }

    /** Still on an initial password when loaded; API clients signing in per request are held to it. */
    boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_USER"));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return account;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || lockedUntil.isBefore(Instant.now());
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
