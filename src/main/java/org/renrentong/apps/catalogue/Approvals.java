package org.renrentong.apps.catalogue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.renrentong.apps.AppsEvents;
import org.renrentong.apps.provider.Providers;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Role;
import org.renrentong.org.School;
import org.renrentong.org.Schools;
import org.renrentong.region.Region;
import org.renrentong.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators decide about apps: a region's administrator (or one above, or a platform administrator)
 * approves or refuses an application at the region; a lower region opts out of an approval made above it; a school
 * hides an app from its people; the approving administrator or a platform administrator suspends an app, which
 * stops it at once. The first approval registers the app's OIDC client.
 */
@Service
public class Approvals {

    private final AppRepository repository;
    private final Apps apps;
    private final AppClients clients;
    private final Schools schools;
    private final Providers providers;
    private final CataloguePolicy policy;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Approvals(AppRepository repository, Apps apps, AppClients clients, Schools schools, Providers providers,
              CataloguePolicy policy, AuditLog audit, ApplicationEventPublisher events) {
        this.policy = policy;
        this.repository = repository;
        this.apps = apps;
        this.clients = clients;
        this.schools = schools;
        this.providers = providers;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public App approve(Actor actor, long id, String regionCode) {
        App app = apps.find(id);
        Region region = governed(actor, regionCode);
        pending(app, region);
        if (app.suspended()) {
            throw DomainException.conflict("apps.app.suspended");
        }
        repository.decide(id, region.code(), Decision.APPROVED, null, actor.personId());
        if (app.clientId() == null) {
            repository.clientRegistered(id, clients.register(app));
        }
        decided(app, region, null);
        audit.record(actor.audited("APP_APPROVED", "app", id, region.path(), null, app.name(), region.name()));
        return apps.find(id);
    }

    @Transactional
    public App refuse(Actor actor, long id, String regionCode, String reason) {
        App app = apps.find(id);
        Region region = governed(actor, regionCode);
        String clean = reason(reason);
        pending(app, region);
        repository.decide(id, region.code(), Decision.REFUSED, clean, actor.personId());
        decided(app, region, clean);
        audit.record(actor.audited("APP_REFUSED", "app", id, region.path(), null, app.name(), region.name(), clean));
        return apps.find(id);
    }

    /** A refusal's reason, required and at most 500 characters. */
    static String reason(String reason) {
        String clean = reason == null ? "" : reason.strip();
        if (clean.isEmpty()) {
            throw DomainException.invalid("apps.app.reason.required");
        }
        if (clean.length() > 500) {
            throw DomainException.invalid("apps.app.reason.tooLong");
        }
        return clean;
    }

    /** The region does not take what a region above it approved. */
    @Transactional
    public App optOut(Actor actor, long id, String regionCode) {
        App app = apps.find(id);
        Region region = governed(actor, regionCode);
        List<String> above = Availability.codes(region.path());
        if (!Availability.reaches(above.subList(0, above.size() - 1), decisions(app))) {
            throw DomainException.invalid("apps.app.optOut.notInherited");
        }
        if (repository.decision(id, region.code()).isPresent()) {
            throw DomainException.conflict("apps.app.optOut.decided");
        }
        repository.decide(id, region.code(), Decision.OPTED_OUT, null, actor.personId());
        audit.record(actor.audited("APP_OPTED_OUT", "app", id, region.path(), null, app.name(), region.name()));
        return apps.find(id);
    }

    @Transactional
    public App optIn(Actor actor, long id, String regionCode) {
        App app = apps.find(id);
        Region region = governed(actor, regionCode);
        if (!repository.optIn(id, region.code())) {
            throw DomainException.conflict("apps.app.optIn.none");
        }
        audit.record(actor.audited("APP_OPTED_IN", "app", id, region.path(), null, app.name(), region.name()));
        return apps.find(id);
    }

    /** The school's people no longer see the app in their app centre. */
    @Transactional
    public void hide(Actor actor, long id, long schoolId, boolean hidden) {
        App app = apps.find(id);
        School school = managed(actor, schoolId);
        if (hidden) {
            repository.hide(id, schoolId);
        } else {
            repository.show(id, schoolId);
        }
        audit.record(actor.audited(hidden ? "APP_HIDDEN" : "APP_SHOWN", "app", id, school.regionPath(), schoolId,
                app.name(), school.name()));
    }

    /** Stops the app at once: its client is refused and every token and consent given to it is gone. */
    @Transactional
    public App suspend(Actor actor, long id) {
        App app = apps.find(id);
        policy.requireSuspends(actor, app);
        if (app.suspended()) {
            throw DomainException.conflict("apps.app.suspended");
        }
        if (app.clientId() != null) {
            clients.revokeAll(app.clientId());
        }
        repository.suspend(id);
        audit.record(actor.audited("APP_SUSPENDED", "app", id, null, null, app.name()));
        return apps.find(id);
    }

    /** Lets a suspended app work again; what suspension revoked stays revoked, so people consent and sign in anew. */
    @Transactional
    public App reinstate(Actor actor, long id) {
        App app = apps.find(id);
        policy.requireSuspends(actor, app);
        if (!app.suspended()) {
            throw DomainException.conflict("apps.app.notSuspended");
        }
        repository.reinstate(id);
        audit.record(actor.audited("APP_REINSTATED", "app", id, null, null, app.name()));
        return apps.find(id);
    }

    /**
     * The apps an administrator deals with: for platform and region administrators those applied for or decided in
     * their subtree and those reaching their region from above; for a school administrator those reaching the school.
     */
    public List<AdminApp> forAdministrator(Actor actor) {
        Map<Long, App> listed = new LinkedHashMap<>();
        String home;
        Set<Long> hidden = Set.of();
        if (actor.is(Role.SCHOOL_ADMIN)) {
            School school = schools.get(actor.schoolId());
            home = school.regionPath();
            hidden = repository.hiddenAt(List.of(school.id()));
        } else if (actor.is(Role.REGION_ADMIN) || actor.is(Role.PLATFORM_ADMIN)) {
            home = actor.regionPath();
            repository.decidedWithin(home).forEach(a -> listed.put(a.id(), a));
        } else {
            throw DomainException.forbidden();
        }
        List<String> codes = Availability.codes(home);
        Map<Long, Map<String, Decision>> decisive = repository.decisiveAt(codes);
        Set<Long> reaching = decisive.entrySet().stream().filter(e -> Availability.reaches(codes, e.getValue()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        // what reaches the region from above, with no decision of the region's own: what it may opt out of
        String own = codes.get(codes.size() - 1);
        Set<Long> inherited = reaching.stream().filter(id -> repository.decision(id, own).isEmpty())
                .collect(Collectors.toSet());
        repository.all(decisive.keySet()).forEach(a -> listed.putIfAbsent(a.id(), a));
        Set<Long> hiddenHere = hidden;
        return listed.values().stream()
                .filter(a -> !actor.is(Role.SCHOOL_ADMIN) || reaching.contains(a.id()))
                .map(a -> new AdminApp(a, reaching.contains(a.id()), inherited.contains(a.id()),
                        hiddenHere.contains(a.id()))).toList();
    }

    /** The provider's accounts are told; a null reason is an approval. */
    private void decided(App app, Region region, String reason) {
        events.publishEvent(new AppsEvents.AppDecided(app.id(), app.name(), region.name(),
                providers.accountsOf(app.providerId()), reason == null, reason, Instant.now()));
    }

    private static Map<String, Decision> decisions(App app) {
        Map<String, Decision> decisions = new LinkedHashMap<>();
        app.regions().forEach(r -> decisions.put(r.regionCode(), r.decision()));
        return decisions;
    }

    private Region governed(Actor actor, String regionCode) {
        Region region = apps.region(regionCode);
        policy.requireGoverns(actor, region);
        return region;
    }

    private static void pending(App app, Region region) {
        boolean waiting = app.regions().stream()
                .anyMatch(r -> r.regionCode().equals(region.code()) && r.decision() == Decision.PENDING);
        if (!waiting) {
            throw DomainException.conflict("apps.app.notPending");
        }
    }

    private School managed(Actor actor, long schoolId) {
        School school;
        try {
            school = schools.get(schoolId);
        } catch (DomainException unknown) {
            throw DomainException.notFound("apps.school.unknown");
        }
        policy.requireManages(actor, school);
        return school;
    }
}
