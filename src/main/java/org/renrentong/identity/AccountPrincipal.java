package org.renrentong.identity;

import java.io.Serial;
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
    private final long credentialStamp;
    private final boolean mustChangePassword;

    AccountPrincipal(long personId, String account, String passwordHash, boolean enabled, long credentialStamp,
                     boolean mustChangePassword) {
        this.personId = personId;
        this.account = account;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.credentialStamp = credentialStamp;
        this.mustChangePassword = mustChangePassword;
    }

    public long personId() {
        return personId;
    }

    /** Still on an initial password when loaded; API clients signing in per request are held to it. */
    boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** The account's credential stamp when this principal signed in; a later password change raises it. */
    long credentialStamp() {
        return credentialStamp;
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
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
