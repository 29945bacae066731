package org.renrentong.apps.catalogue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.region.Region;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A provider edits its app. Before any approval everything applies at once. After one, what only describes the app
 * applies at once, and so does what narrows it: a scope it no longer asks for leaves its client, with every grant
 * made under the old scopes (people consent again to less). What widens it — a scope or a redirect URI the client
 * does not have — waits until an administrator of a region that approved it approves the change; until then the
 * client keeps what was approved, and a refusal puts the app back as it was approved.
 */
@Service
public class AppChanges {

    private final Apps apps;
    private final AppRepository repository;
    private final AppClients clients;
    private final CataloguePolicy policy;
    private final AuditLog audit;

    AppChanges(Apps apps, AppRepository repository, AppClients clients, CataloguePolicy policy, AuditLog audit) {
        this.apps = apps;
        this.repository = repository;
        this.clients = clients;
        this.policy = policy;
        this.audit = audit;
    }

    @Transactional
    public App edit(Actor actor, long id, AppForm form) {
        App app = apps.find(id);
        policy.requireOwner(actor, app);
        if (app.suspended()) {
            throw DomainException.conflict("apps.app.suspended");
        }
        AppRules.Checked edited = apps.checked(form);
        boolean widened = false;
        if (app.clientId() != null) {
            AppClients.Granted granted = clients.granted(app.clientId());
            widened = !granted.scopes().containsAll(edited.scopes().keySet())
                    || !granted.redirectUris().containsAll(edited.redirectUris());
            Set<String> scopes = new TreeSet<>(granted.scopes());
            scopes.retainAll(edited.scopes().keySet());
            List<String> redirects = granted.redirectUris().stream().filter(edited.redirectUris()::contains).toList();
            // a client needs a redirect URI: the approved ones stay until the new ones are approved
            clients.update(app.clientId(), edited.name(), scopes, redirects.isEmpty() ? granted.redirectUris()
                    : redirects);
            if (!scopes.containsAll(granted.scopes())) {
                clients.revokeGrants(app.clientId());
            }
        }
        repository.update(id, edited, widened);
        audit.record(actor.audited(widened ? "APP_CHANGES_ASKED" : "APP_EDITED", "app", id, null, null,
                edited.name()));
        return apps.find(id);
    }

    /** The client takes what the app now asks for. */
    @Transactional
    public App approve(Actor actor, long id, String regionCode) {
        App app = apps.find(id);
        Region region = approving(actor, app, regionCode);
        clients.update(app.clientId(), app.name(), app.scopes().keySet(), app.redirectUris());
        repository.changesApproved(id);
        audit.record(actor.audited("APP_CHANGES_APPROVED", "app", id, region.path(), null, app.name(),
                region.name()));
        return apps.find(id);
    }

    /** The app asks again only for what its client was approved for; the provider reads the reason. */
    @Transactional
    public App refuse(Actor actor, long id, String regionCode, String reason) {
        App app = apps.find(id);
        Region region = approving(actor, app, regionCode);
        String clean = Approvals.reason(reason);
        AppClients.Granted granted = clients.granted(app.clientId());
        repository.changesRefused(id, granted.scopes(), granted.redirectUris(), clean);
        audit.record(actor.audited("APP_CHANGES_REFUSED", "app", id, region.path(), null, app.name(),
                region.name(), clean));
        return apps.find(id);
    }

    /** The region, which the actor governs and which approved the app, whose edit waits. */
    private Region approving(Actor actor, App app, String regionCode) {
        Region region = apps.region(regionCode);
        policy.requireGoverns(actor, region);
        boolean approved = app.regions().stream()
                .anyMatch(r -> r.regionCode().equals(region.code()) && r.decision() == Decision.APPROVED);
        if (!approved) {
            throw DomainException.conflict("apps.app.changes.notApprovedHere");
        }
        if (!app.changesAsked()) {
            throw DomainException.conflict("apps.app.changes.none");
        }
        return region;
    }
}
