package org.renrentong.apps;

import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * An authentication refused without a mapping of its own — among them every refusal of the OpenID Connect
 * endpoints (a wrong or reused code, an unregistered redirect, a wrong PKCE verifier, a scope not approved, an
 * expired or forged token), which {@link ProtocolRefusals} audits. Public because Spring Security makes it by
 * reflection.
 */
public class ProtocolRefused extends AbstractAuthenticationFailureEvent {

    public ProtocolRefused(Authentication authentication, AuthenticationException exception) {
        super(authentication, exception);
    }
}
