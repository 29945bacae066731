package org.renrentong.region;

import java.util.List;
import java.util.regex.Pattern;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Role;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrative divisions: reading the tree, and the changes administrators make over the years.
 * Codes are never reused or deleted; a retired region keeps its history and may name its successor.
 */
@Service
public class Regions {

    private static final Pattern CODE = Pattern.compile("\\d{6}");

    private final RegionRepository repository;
    private final AuditLog audit;

    Regions(RegionRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    public Region get(String code) {
        return repository.find(code).orElseThrow(() -> DomainException.notFound("region.unknown", code));
    }

    public List<Region> children(String code) {
        return repository.children(code);
    }

    /** The chain from the national root down to the region, for breadcrumbs. */
    public List<Region> ancestry(String code) {
        return repository.ancestors(get(code).path());
    }

    public List<Region> search(String text, String withinPath) {
        return repository.search(text.trim(), withinPath, 50);
    }

    public List<RegionChange> history(String code) {
        return repository.history(code);
    }

    @Transactional
    public Region add(Actor actor, String code, String name, String parentCode) {
        Region parent = get(parentCode);
        if (!actor.is(Role.PLATFORM_ADMIN) && !(actor.is(Role.REGION_ADMIN) && actor.governs(parent.path()))) {
            throw DomainException.forbidden();
        }
        String cleanName = cleanName(name);
        if (code == null || !CODE.matcher(code.trim()).matches()) {
            throw DomainException.invalid("region.code.invalid");
        }
        if (parent.level() == Region.Level.COUNTY) {
            throw DomainException.invalid("region.parent.county");
        }
        if (parent.retired()) {
            throw DomainException.invalid("region.parent.retired");
        }
        if (repository.find(code.trim()).isPresent()) {
            throw DomainException.conflict("region.code.taken", code.trim());
        }
        Region region = new Region(code.trim(), cleanName, parent.level().below(), parent.code(),
                parent.path() + code.trim() + "/", null, null);
        repository.insert(region);
        repository.recordChange(region.code(), "ADDED", null, cleanName, null, actor.personId());
        audit.record(actor.audited("REGION_ADDED", "region", region.code(), region.path(), null, cleanName));
        return region;
    }

    @Transactional
    public void rename(Actor actor, String code, String newName) {
        Region region = get(code);
        requireGoverns(actor, region);
        String cleanName = cleanName(newName);
        repository.rename(code, cleanName);
        repository.recordChange(code, "RENAMED", region.name(), cleanName, null, actor.personId());
        audit.record(actor.audited("REGION_RENAMED", "region", code, region.path(), null,
                region.name() + " → " + cleanName));
    }

    @Transactional
    public void retire(Actor actor, String code, String replacedBy) {
        Region region = get(code);
        requireGoverns(actor, region);
        if (region.retired()) {
            throw DomainException.invalid("region.already.retired");
        }
        String successor = replacedBy == null || replacedBy.isBlank() ? null : get(replacedBy.trim()).code();
        if (code.equals(successor)) {
            throw DomainException.invalid("region.successor.self");
        }
        repository.retire(code, successor);
        repository.recordChange(code, "RETIRED", region.name(), null, successor, actor.personId());
        audit.record(actor.audited("REGION_RETIRED", "region", code, region.path(), null, successor));
    }

    /** Platform administrators change any region; region administrators only those strictly below their own. */
    private static void requireGoverns(Actor actor, Region target) {
        boolean allowed = actor.is(Role.PLATFORM_ADMIN)
                || (actor.is(Role.REGION_ADMIN) && actor.governs(target.path())
                        && !target.path().equals(actor.regionPath()));
        if (!allowed) {
            throw DomainException.forbidden();
        }
    }

    private static String cleanName(String name) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 64) {
            throw DomainException.invalid("region.name.invalid");
        }
        return trimmed;
    }
}
