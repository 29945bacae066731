package org.renrentong.identity;

import java.time.Duration;
import org.renrentong.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.stereotype.Component;

/**
 * The checks every request of a signed-in person passes, in each filter chain that serves people (the pages' and
 * the single sign-on's): the session's absolute lifetime, a password changed elsewhere, an initial password not yet
 * changed. An app cannot be a way round any of them.
 */
@Component
public class SessionChecks {

    private final AccountRepository accounts;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Duration lifetime;

    SessionChecks(AccountRepository accounts, AuditLog audit, MessageSource messages,
                  @Value("${renrentong.session.absolute-lifetime:12h}") Duration lifetime) {
        this.accounts = accounts;
        this.audit = audit;
        this.messages = messages;
        this.lifetime = lifetime;
    }

    public HttpSecurity applyTo(HttpSecurity http) {
        return http.addFilterAfter(new CredentialStampFilter(accounts, audit), BasicAuthenticationFilter.class)
                .addFilterAfter(new SecurityConfiguration.MustChangePasswordFilter(messages),
                        CredentialStampFilter.class)
                .addFilterBefore(new SessionLifetimeFilter(lifetime), SecurityContextHolderFilter.class);
    }
}
