package org.renrentong.region;

import java.util.List;
import java.util.regex.Pattern;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
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
        String clean = code == null ? "" : code.trim();
        return repository.find(clean).orElseThrow(() -> DomainException.notFound("region.unknown", clean));
    }

    public List<Region> children(String code) {
        return repository.children(code);
    }

    /** The chain from the national root down to the region, for breadcrumbs. */
    public List<Region> ancestry(String code) {
        return repository.ancestors(get(code).path());
    }

    /** Regions whose name contains the text or whose code starts with it, within a subtree; retired ones last. */
    public List<Region> search(String text, String withinPath) {
        String clean = text == null ? "" : text.trim();
        if (clean.isEmpty()) {
            return List.of();
        }
        return repository.search(clean, withinPath, 50);
    }

    public List<RegionChange> history(String code) {
        return repository.history(code);
    }

    /** Where the actor's region searches look: an administrator's own subtree, the whole country for others. */
    public String searchRoot(Actor actor) {
        return RegionPolicy.administersRegions(actor) ? home(actor).path() : "/" + Region.NATIONAL_CODE + "/";
    }

    /** Where an administrator's region pages start: the national root, or the region they administer. */
    public Region home(Actor actor) {
        return get(RegionPolicy.homeCode(actor));
    }

    /** A region an administrator may open in the administration pages: their own subtree (all, for the platform). */
    public Region administered(Actor actor, String code) {
        return RegionPolicy.requireAdministers(actor, get(code));
    }

    /** Whether the actor may add a child region here. */
    public boolean mayAddUnder(Actor actor, Region parent) {
        return RegionPolicy.mayAddUnder(actor, parent);
    }

    /**
     * Whether the actor may rename or retire the region: platform administrators any but the root, region
     * administrators only those strictly below their own region.
     */
    public boolean mayChange(Actor actor, Region target) {
        return RegionPolicy.mayChange(actor, target);
    }

    @Transactional
    public Region add(Actor actor, String code, String name, String parentCode) {
        Region parent = RegionPolicy.requireAdministers(actor, get(parentCode));
        String cleanCode = code == null ? "" : code.trim();
        if (!CODE.matcher(cleanCode).matches()) {
            throw DomainException.invalid("region.code.invalid");
        }
        String cleanName = cleanName(name);
        if (parent.level() == Region.Level.COUNTY) {
            throw DomainException.invalid("region.parent.county");
        }
        if (parent.retired()) {
            throw DomainException.invalid("region.parent.retired");
        }
        requireCodeFitsParent(cleanCode, parent);
        if (repository.find(cleanCode).isPresent()) {
            throw DomainException.conflict("region.code.taken", cleanCode);
        }
        Region region = new Region(cleanCode, cleanName, parent.level().below(), parent.code(),
                parent.path() + cleanCode + "/", null, null);
        repository.insert(region);
        repository.recordChange(region.code(), "ADDED", null, cleanName, null, actor.personId());
        audit.record(actor.audited("REGION_ADDED", "region", region.code(), region.path(), null, cleanName));
        return region;
    }

    @Transactional
    public Region rename(Actor actor, String code, String newName) {
        Region region = get(code);
        RegionPolicy.requireMayChange(actor, region);
        if (region.retired()) {
            throw DomainException.invalid("region.retired", region.name());
        }
        String cleanName = cleanName(newName);
        repository.rename(region.code(), cleanName);
        repository.recordChange(region.code(), "RENAMED", region.name(), cleanName, null, actor.personId());
        audit.record(actor.audited("REGION_RENAMED", "region", region.code(), region.path(), null,
                region.name(), cleanName));
        return get(region.code());
    }

    /**
     * Retires a region; it stays in the tree so that what pointed at it (schools, history) still reads. A region
     * with regions still in use below it cannot be retired, and a successor must be a current region of its level.
     */
    @Transactional
    public Region retire(Actor actor, String code, String replacedBy) {
        Region region = get(code);
        RegionPolicy.requireMayChange(actor, region);
        if (region.retired()) {
            throw DomainException.invalid("region.already.retired");
        }
        if (repository.children(region.code()).stream().anyMatch(child -> !child.retired())) {
            throw DomainException.invalid("region.retire.hasChildren");
        }
        String successor = null;
        if (replacedBy != null && !replacedBy.isBlank()) {
            Region next = get(replacedBy);
            if (next.code().equals(region.code())) {
                throw DomainException.invalid("region.successor.self");
            }
            if (next.retired() || next.level() != region.level()) {
                throw DomainException.invalid("region.successor.invalid", next.name());
            }
            successor = next.code();
        }
        repository.retire(region.code(), successor);
        repository.recordChange(region.code(), "RETIRED", region.name(), null, successor, actor.personId());
        audit.record(actor.audited("REGION_RETIRED", "region", region.code(), region.path(), null, successor));
        return get(region.code());
    }

    /**
     * GB/T 2260 codes nest: a province is XX0000, a city XXYY00 under its province, a county XXYYZZ under its city.
     * The catalogue keeps that shape for 直辖市 (1101xx under 110100 北京市辖区) and for directly administered
     * county-level units (4290xx under 429000 省直辖县级行政区划), so one prefix rule covers them all.
     */
    private static void requireCodeFitsParent(String code, Region parent) {
        String expected = switch (parent.level()) {
            case NATIONAL -> "XX0000";
            case PROVINCE -> parent.code().substring(0, 2) + "YY00";
            default -> parent.code().substring(0, 4) + "ZZ";
        };
        boolean fits = switch (parent.level()) {
            case NATIONAL -> !code.startsWith("00") && code.endsWith("0000");
            case PROVINCE -> code.startsWith(parent.code().substring(0, 2)) && !code.substring(2, 4).equals("00")
                    && code.endsWith("00");
            default -> code.startsWith(parent.code().substring(0, 4)) && !code.endsWith("00");
        };
        if (!fits) {
            throw DomainException.invalid("region.code.outsideParent", code, parent.name(), expected);
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
