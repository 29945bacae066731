package org.renrentong.apps.catalogue;

import java.util.List;
import org.renrentong.apps.provider.Provider;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.region.Region;
import org.renrentong.region.Regions;
import org.renrentong.shared.DomainException;
import org.renrentong.taxonomy.CodeName;
import org.renrentong.taxonomy.TextbookTree;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A provider's apps: registered by an approved provider, applied for at regions, and given a new client secret when
 * the provider asks. Administrators read any app's details, to decide on it.
 */
@Service
public class Apps {

    private final AppRepository repository;
    private final Regions regions;
    private final TextbookTree tree;
    private final AppClients clients;
    private final CataloguePolicy policy;
    private final AuditLog audit;

    Apps(AppRepository repository, Regions regions, TextbookTree tree, AppClients clients, CataloguePolicy policy,
         AuditLog audit) {
        this.repository = repository;
        this.policy = policy;
        this.regions = regions;
        this.tree = tree;
        this.clients = clients;
        this.audit = audit;
    }

    @Transactional
    public App register(Actor actor, AppForm form) {
        Provider provider = policy.registering(actor);
        AppRules.Checked app = checked(form);
        long id = repository.insert(provider.id(), app);
        audit.record(actor.audited("APP_REGISTERED", "app", id, null, null, app.name(), provider.name()));
        return repository.find(id).orElseThrow();
    }

    /** The actor's provider's apps, newest first. */
    public List<App> mine(Actor actor) {
        return repository.ofProvider(policy.providerOf(actor).id());
    }

    public App get(Actor actor, long id) {
        App app = find(id);
        if (!actor.role().isAdministrator() && !policy.owns(actor, app)) {
            throw DomainException.forbidden();
        }
        return app;
    }

    /** The provider applies for the app at a region, or applies again after a refusal there. */
    @Transactional
    public App apply(Actor actor, long id, String regionCode) {
        App app = owned(actor, id);
        if (app.suspended()) {
            throw DomainException.conflict("apps.app.suspended");
        }
        Region region = region(regionCode);
        Decision now = repository.decision(id, region.code()).orElse(null);
        if (now == Decision.PENDING || now == Decision.APPROVED) {
            throw DomainException.conflict("apps.app.applied");
        }
        repository.apply(id, region.code());
        audit.record(actor.audited("APP_APPLIED", "app", id, region.path(), null, app.name(), region.name()));
        return find(id);
    }

    /** A new secret for the app's client, shown this once; the one before stops working. */
    @Transactional
    public ClientCredentials newSecret(Actor actor, long id) {
        App app = owned(actor, id);
        if (app.clientId() == null) {
            throw DomainException.conflict("apps.app.notApproved");
        }
        if (app.suspended()) {
            throw DomainException.conflict("apps.app.suspended");
        }
        ClientCredentials credentials = clients.newSecret(app.clientId());
        audit.record(actor.audited("APP_SECRET_ISSUED", "app", id, null, null, app.name()));
        return credentials;
    }

    /** The form checked against the textbook tree's stages and current subjects. */
    AppRules.Checked checked(AppForm form) {
        return AppRules.check(form, code -> known(tree.stages(), code), code -> known(tree.currentSubjects(), code));
    }

    App find(long id) {
        return repository.find(id).orElseThrow(() -> DomainException.notFound("apps.app.unknown"));
    }

    /** A region that takes applications and decisions: one the node knows, not retired. */
    Region region(String code) {
        Region region;
        try {
            region = regions.get(code);
        } catch (DomainException unknown) {
            throw DomainException.invalid("apps.app.region.unknown");
        }
        if (region.retired()) {
            throw DomainException.invalid("apps.app.region.unknown");
        }
        return region;
    }

    App owned(Actor actor, long id) {
        App app = find(id);
        policy.requireOwner(actor, app);
        return app;
    }

    private static boolean known(List<CodeName> codes, String code) {
        return codes.stream().anyMatch(c -> c.code().equals(code));
    }
}
