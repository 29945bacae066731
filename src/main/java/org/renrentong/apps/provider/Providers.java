package org.renrentong.apps.provider;

import java.util.List;
import org.renrentong.apps.AppsEvents;
import org.renrentong.audit.AuditEvent;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.identity.EnterpriseAccounts;
import org.renrentong.identity.Role;
import org.renrentong.org.Organisations;
import org.renrentong.region.Region;
import org.renrentong.region.Regions;
import org.renrentong.shared.DomainException;
import org.renrentong.shared.ThisNode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * App providers: an enterprise registers itself (and its first account) from a public page and waits in PENDING;
 * a platform administrator approves it or refuses it with a reason. Only an approved provider registers apps.
 */
@Service
public class Providers {

    static final int LIST_LIMIT = 500;

    private final ProviderRepository repository;
    private final Organisations organisations;
    private final EnterpriseAccounts accounts;
    private final Regions regions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final ThisNode node;

    Providers(ProviderRepository repository, Organisations organisations, EnterpriseAccounts accounts,
              Regions regions, AuditLog audit, ApplicationEventPublisher events, ThisNode node) {
        this.node = node;
        this.repository = repository;
        this.organisations = organisations;
        this.accounts = accounts;
        this.regions = regions;
        this.audit = audit;
        this.events = events;
    }

    /** Who records a visitor's self-registration: this node, by its public page (a visitor has no account yet). */
    public Actor desk() {
        return Actor.ofNode(node.code(), node.code(), Role.APP_PROVIDER, "");
    }

    /** A self-registration, by a visitor at the {@link #desk()}: all of it is stored, or nothing. */
    @Transactional
    public Registration register(Actor desk, ProviderForm form) {
        ProviderPolicy.requireDesk(desk, node.code());
        ProviderRules.Checked c = ProviderRules.check(form, this::region);
        if (repository.creditCodeTaken(c.creditCode())) {
            throw DomainException.conflict("apps.provider.creditCode.taken");
        }
        long organisation = organisations.enterprise(desk, c.name(), c.creditCode(), c.region().code());
        EnterpriseAccounts.Opened account = accounts.open(desk, new EnterpriseAccounts.Contact(form.contactName(),
                form.contactPhone(), form.password()), organisation, c.region().path());
        long id = repository.insert(organisation, c.name(), c.creditCode(), c.icpFiling(), c.level(),
                c.certificate(), c.region().code(), form.contactName().strip(), form.contactPhone().strip());
        // the new account registers its enterprise: no one else is there to act
        String action = "APP_PROVIDER_REGISTERED";
        audit.record(new AuditEvent(account.personId(), account.account(), Role.APP_PROVIDER.name(), action,
                "app_provider", String.valueOf(id), AuditEvent.Result.SUCCESS, c.region().path(), null,
                AuditEvent.detailKeyOf(action), AuditEvent.args(c.name(), c.creditCode())));
        return new Registration(id, account.account(), ProviderStatus.PENDING);
    }

    /** A refused enterprise corrects its registration and waits for vetting again. */
    @Transactional
    public Provider resubmit(Actor actor, ProviderCorrection corrected) {
        Provider provider = mine(actor);
        ProviderPolicy.requireOwner(actor, provider);
        if (provider.status() != ProviderStatus.REFUSED) {
            throw DomainException.conflict("apps.provider.notRefused");
        }
        ProviderRules.Checked c = ProviderRules.check(corrected == null ? null : corrected.asForm(), this::region);
        if (repository.creditCodeTakenByAnother(c.creditCode(), provider.id())) {
            throw DomainException.conflict("apps.provider.creditCode.taken");
        }
        organisations.correctEnterprise(actor, provider.organisationId(), c.name(), c.creditCode(),
                c.region().code());
        if (!repository.resubmit(provider.id(), c)) {
            throw DomainException.conflict("apps.provider.notRefused");
        }
        audit.record(actor.audited("APP_PROVIDER_RESUBMITTED", "app_provider", provider.id(), c.region().path(),
                null, c.name(), c.creditCode()));
        return repository.find(provider.id()).orElseThrow();
    }

    /** Every provider, the ones waiting first: for platform administrators. */
    public List<Provider> list(Actor actor) {
        ProviderPolicy.requirePlatformAdmin(actor);
        return repository.list(LIST_LIMIT);
    }

    /** A provider as a platform administrator or its own accounts see it. */
    public Provider get(Actor actor, long id) {
        Provider provider = repository.find(id).orElseThrow(() -> DomainException.notFound("apps.provider.unknown"));
        if (!actor.is(Role.PLATFORM_ADMIN) && !ProviderPolicy.owns(actor, provider)) {
            throw DomainException.forbidden();
        }
        return provider;
    }

    /** The provider the actor's account belongs to. */
    public Provider mine(Actor actor) {
        if (!actor.is(Role.APP_PROVIDER) || actor.anchors().organisationId() == null) {
            throw DomainException.forbidden();
        }
        return repository.ofOrganisation(actor.anchors().organisationId())
                .orElseThrow(() -> DomainException.notFound("apps.provider.unknown"));
    }

    /** The accounts of the provider: whom news of its apps concerns. */
    public List<Long> accountsOf(long providerId) {
        return repository.find(providerId).map(p -> accounts.holders(p.organisationId())).orElse(List.of());
    }

    @Transactional
    public Provider approve(Actor actor, long id) {
        return vet(actor, id, ProviderStatus.APPROVED, null);
    }

    @Transactional
    public Provider refuse(Actor actor, long id, Refusal refusal) {
        String reason = refusal == null || refusal.reason() == null ? "" : refusal.reason().strip();
        if (reason.isEmpty()) {
            throw DomainException.invalid("apps.provider.reason.required");
        }
        if (reason.length() > 500) {
            throw DomainException.invalid("apps.provider.reason.tooLong");
        }
        return vet(actor, id, ProviderStatus.REFUSED, reason);
    }

    private Provider vet(Actor actor, long id, ProviderStatus decision, String reason) {
        ProviderPolicy.requirePlatformAdmin(actor);
        Provider provider = repository.find(id).orElseThrow(() -> DomainException.notFound("apps.provider.unknown"));
        if (!repository.vet(id, decision, reason)) {
            throw DomainException.conflict("apps.provider.vetted");
        }
        String action = decision == ProviderStatus.APPROVED ? "APP_PROVIDER_APPROVED" : "APP_PROVIDER_REFUSED";
        events.publishEvent(new AppsEvents.ProviderVetted(id, provider.name(),
                accounts.holders(provider.organisationId()), decision == ProviderStatus.APPROVED, reason));
        audit.record(actor.audited(action, "app_provider", id, regionPath(provider), null, provider.name(),
                reason == null ? "" : reason));
        return repository.find(id).orElseThrow();
    }


    private String regionPath(Provider provider) {
        Region region = region(provider.regionCode());
        return region == null ? null : region.path();
    }

    /** The region of the code, or null when the node knows none such. */
    private Region region(String code) {
        try {
            return regions.get(code);
        } catch (DomainException unknown) {
            return null;
        }
    }
}
