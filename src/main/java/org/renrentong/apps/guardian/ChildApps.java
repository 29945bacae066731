package org.renrentong.apps.guardian;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.renrentong.audit.AuditEvent;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A guardian's side of a child's data in apps: which apps asked for or have data of the child, granting or refusing
 * (withdrawing) consent, and the access record. Only the child's own guardians see or change any of it — not the
 * school, not an administrator.
 */
@Service
public class ChildApps {

    static final List<String> ACCESS_ACTIONS = List.of("TOKEN_ISSUED", "USERINFO_READ");
    static final int MAX_PAGE = 100;

    /** The child the page is about. */
    public record Child(long id, String name) {
    }

    private final ChildAppsRepository repository;
    private final GuardianConsentRepository consents;
    private final RegisteredClientRepository clients;
    private final GuardianPolicy policy;
    private final AuditLog audit;

    ChildApps(ChildAppsRepository repository, GuardianConsentRepository consents, RegisteredClientRepository clients,
              GuardianPolicy policy, AuditLog audit) {
        this.repository = repository;
        this.consents = consents;
        this.clients = clients;
        this.policy = policy;
        this.audit = audit;
    }

    public Child child(Actor guardian, long childId) {
        policy.requireGuardian(guardian, childId);
        return new Child(childId, repository.name(childId).orElseThrow(DomainException::forbidden));
    }

    public List<ChildApp> apps(Actor guardian, long childId) {
        policy.requireGuardian(guardian, childId);
        return repository.ofChild(childId);
    }

    /** Each token issued to an app and each userinfo read about the child, newest first. */
    public AccessPage access(Actor guardian, long childId, Long before, int limit) {
        policy.requireGuardian(guardian, childId);
        if (limit < 1 || limit > MAX_PAGE) {
            throw DomainException.invalid("apps.access.limit.invalid", MAX_PAGE);
        }
        List<AuditEvent.Entry> rows = audit.ofTarget("person", String.valueOf(childId), ACCESS_ACTIONS, before,
                limit + 1);
        boolean more = rows.size() > limit;
        List<AuditEvent.Entry> page = more ? rows.subList(0, limit) : rows;
        Map<String, String> names = new HashMap<>();
        List<AccessEntry> items = page.stream().map(e -> new AccessEntry(e.id(), e.at(), e.actorAccount(),
                names.computeIfAbsent(e.actorAccount(), this::appName), e.action(),
                List.copyOf(GuardianConsentRepository.split(e.detailArgs().isEmpty() ? "" : e.detailArgs().get(0)))))
                .toList();
        return new AccessPage(items, more ? page.get(page.size() - 1).id() : null);
    }

    /** Grants these of the scopes the app asked for; granting less than before takes the app's tokens away. */
    @Transactional
    public void grant(Actor guardian, long childId, String clientId, Collection<String> scopes) {
        policy.requireGuardian(guardian, childId);
        RegisteredClient client = client(clientId);
        GuardianConsentRepository.Row row = consents.find(client.getId(), childId)
                .filter(r -> !r.asked().isEmpty())
                .orElseThrow(() -> DomainException.notFound("apps.guardianConsent.none"));
        Set<String> granted = new TreeSet<>(scopes == null ? List.of() : scopes);
        granted.removeIf(s -> s == null || s.isBlank());
        if (granted.isEmpty()) {
            throw DomainException.invalid("apps.guardianConsent.grant.empty");
        }
        if (!row.asked().containsAll(granted)) {
            throw DomainException.invalid("apps.guardianConsent.scopes.invalid");
        }
        consents.decide(client.getId(), childId, granted, guardian.personId());
        if (!granted.containsAll(row.granted())) {
            revoke(client, childId);
        }
        record(guardian, "GUARDIAN_CONSENT_GRANTED", childId, client, String.join(" ", granted));
    }

    /** Refuses the app the child's data, or withdraws what was granted: its tokens for the child are revoked. */
    @Transactional
    public void refuse(Actor guardian, long childId, String clientId) {
        policy.requireGuardian(guardian, childId);
        RegisteredClient client = client(clientId);
        boolean hadData = repository.ofChild(childId).stream().anyMatch(a -> a.clientId().equals(client.getClientId())
                && (!a.granted().isEmpty() || a.firstTokenAt() != null));
        consents.decide(client.getId(), childId, Set.of(), guardian.personId());
        revoke(client, childId);
        record(guardian, hadData ? "GUARDIAN_CONSENT_WITHDRAWN" : "GUARDIAN_CONSENT_REFUSED", childId, client, "");
    }

    private void revoke(RegisteredClient client, long childId) {
        repository.account(childId).ifPresent(account -> repository.revoke(client.getId(), account));
    }

    private void record(Actor guardian, String action, long childId, RegisteredClient client, String scopes) {
        audit.record(guardian.audited(action, "person", childId, null, repository.schoolOf(childId),
                client.getClientName(), scopes));
    }

    private RegisteredClient client(String clientId) {
        RegisteredClient client = clientId == null ? null : clients.findByClientId(clientId);
        if (client == null) {
            throw DomainException.notFound("apps.client.unknown");
        }
        return client;
    }

    private String appName(String clientId) {
        RegisteredClient client = clientId == null ? null : clients.findByClientId(clientId);
        return client == null ? clientId : client.getClientName();
    }
}
