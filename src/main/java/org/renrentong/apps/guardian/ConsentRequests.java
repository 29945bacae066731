package org.renrentong.apps.guardian;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.renrentong.apps.GuardianConsentAsked;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A child's side of guardian consent: what the consent screen shows them, and asking their guardians. */
@Service
public class ConsentRequests {

    private final Minors minors;
    private final GuardianPolicy policy;
    private final GuardianConsentRepository consents;
    private final RegisteredClientRepository clients;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ConsentRequests(Minors minors, GuardianPolicy policy, GuardianConsentRepository consents, RegisteredClientRepository clients,
                    JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events) {
        this.minors = minors;
        this.policy = policy;
        this.consents = consents;
        this.clients = clients;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    /** The child's consent screen; empty for anyone who consents for themself. */
    public Optional<ChildConsentView> view(String account, RegisteredClient client, Collection<String> requested) {
        return minors.underFourteen(account).map(child -> {
            Optional<GuardianConsentRepository.Row> row = consents.find(client.getId(), child);
            Set<String> granted = row.map(GuardianConsentRepository.Row::granted).orElse(Set.of());
            Set<String> askedBefore = row.map(GuardianConsentRepository.Row::asked).orElse(Set.of());
            List<String> asked = beyondId(requested);
            List<String> continued = new ArrayList<>();
            if (requested.contains(OidcScopes.OPENID)) {
                continued.add(OidcScopes.OPENID);
            }
            asked.stream().filter(granted::contains).forEach(continued::add);
            return new ChildConsentView(asked, asked.stream().filter(granted::contains).toList(),
                    row.map(GuardianConsentRepository.Row::status).orElse(ConsentStatus.NONE),
                    asked.stream().filter(s -> !askedBefore.contains(s)).toList(), List.copyOf(continued),
                    !guardians(child).isEmpty());
        });
    }

    /** The child asks their guardians to agree to these scopes of the app; they are told if anything is new. */
    @Transactional
    public void ask(Actor student, String clientId, Collection<String> scopes) {
        long child = policy.askingChild(student);
        RegisteredClient client = clients.findByClientId(clientId == null ? "" : clientId);
        if (client == null) {
            throw DomainException.notFound("apps.client.unknown");
        }
        Set<String> wanted = new TreeSet<>(beyondId(scopes));
        if (wanted.isEmpty() || !client.getScopes().containsAll(wanted)) {
            throw DomainException.invalid("apps.guardianConsent.scopes.invalid");
        }
        if (!consents.ask(client.getId(), child, wanted)) {
            return;
        }
        audit.record(student.audited("GUARDIAN_CONSENT_ASKED", "person", child, student.regionPath(),
                student.schoolId(), client.getClientName(), String.join(" ", wanted)));
        events.publishEvent(new GuardianConsentAsked(child, student.name(), client.getClientId(),
                client.getClientName(), guardians(child), Instant.now()));
    }

    private List<Long> guardians(long child) {
        return jdbc.sql("SELECT guardian_id FROM identity_v_guardianship WHERE student_id = ? ORDER BY guardian_id")
                .param(child).query(Long.class).list();
    }

    private static List<String> beyondId(Collection<String> scopes) {
        return new LinkedHashSet<>(scopes).stream().filter(s -> s != null && !s.isBlank())
                .filter(s -> !s.equals(OidcScopes.OPENID)).toList();
    }
}
