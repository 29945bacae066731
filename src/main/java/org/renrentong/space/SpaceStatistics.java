package org.renrentong.space;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Role;
import org.renrentong.region.Region;
import org.renrentong.region.Regions;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Service;

/**
 * Opened and active spaces within an administrator's scope: the platform by province, a region by its child
 * regions, a county by school, a school by class. Drilling down stays within the reader's scope.
 */
@Service
public class SpaceStatistics {

    static final Duration ACTIVE_WINDOW = Duration.ofDays(30);

    private final StatisticsRepository repository;
    private final Regions regions;

    SpaceStatistics(StatisticsRepository repository, Regions regions) {
        this.repository = repository;
        this.regions = regions;
    }

    /**
     * @param regionCode the region to break down, or null for the reader's own
     * @param schoolId   a school to break down by class (takes precedence), or null
     */
    public SpaceReport report(Actor actor, String regionCode, Long schoolId) {
        Instant since = Instant.now().minus(ACTIVE_WINDOW);
        boolean noRegion = regionCode == null || regionCode.isBlank();
        if (schoolId == null && noRegion && actor.is(Role.SCHOOL_ADMIN)) {
            schoolId = actor.schoolId();
        }
        if (schoolId != null) {
            return schoolReport(actor, schoolId, since);
        }
        Region region = regions.get(noRegion ? ownRegion(actor) : regionCode.trim());
        SpacePolicy.requireGoverns(actor, region.path());
        List<SpaceReport.Crumb> crumbs = crumbs(actor, region.code());
        if (region.level() == Region.Level.COUNTY) {
            List<SpaceReport.Row> rows = repository.bySchool(region.path(), since).stream()
                    .map(s -> SpaceReport.Row.of(s.name(), false, s.counts(), null, s.id(), s.spaceId())).toList();
            return report(SpaceReport.Level.SCHOOL, region.name(), region.code(), null, region.path(), crumbs, rows,
                    since);
        }
        Map<String, SpaceReport.Counts> counts = repository.byChildRegion(region.path(), since);
        List<SpaceReport.Row> rows = new ArrayList<>();
        for (Region child : regions.children(region.code())) {
            SpaceReport.Counts c = counts.getOrDefault(child.path(), SpaceReport.Counts.ZERO);
            if (!child.retired() || c.people() > 0) {
                rows.add(SpaceReport.Row.of(child.name(), false, c, child.code(), null, null));
            }
        }
        return report(SpaceReport.Level.valueOf(region.level().below().name()), region.name(), region.code(), null,
                region.path(), crumbs, rows, since);
    }

    /**
     * The totals of a region subtree (people, opened and active spaces), without a reader: the node's own figures
     * on its front page, which name nobody.
     */
    public SpaceReport.Row totals(String regionPath) {
        SpaceReport.Counts sum = SpaceReport.Counts.ZERO;
        for (SpaceReport.Counts c : repository.byChildRegion(regionPath, Instant.now().minus(ACTIVE_WINDOW)).values()) {
            sum = sum.plus(c);
        }
        return SpaceReport.Row.of(null, false, sum, null, null, null);
    }

    private SpaceReport schoolReport(Actor actor, long schoolId, Instant since) {
        StatisticsRepository.SchoolRef school = repository.school(schoolId)
                .orElseThrow(() -> DomainException.notFound("school.unknown"));
        SpacePolicy.requireManagesSchool(actor, schoolId, school.regionPath());
        List<SpaceReport.Row> rows = new ArrayList<>(repository.byClass(schoolId, since).stream()
                .map(c -> SpaceReport.Row.of(c.name(), false, c.counts(), null, null, c.spaceId())).toList());
        rows.add(SpaceReport.Row.of(null, true, repository.staff(schoolId, since), null, null, null));
        List<SpaceReport.Crumb> crumbs = new ArrayList<>(crumbs(actor, school.countyCode()));
        crumbs.add(new SpaceReport.Crumb(school.name(), null, schoolId));
        return report(SpaceReport.Level.CLASS, school.name(), null, schoolId, school.regionPath(), crumbs, rows, since);
    }

    private static SpaceReport report(SpaceReport.Level level, String title, String regionCode, Long schoolId,
                                      String path, List<SpaceReport.Crumb> crumbs, List<SpaceReport.Row> rows,
                                      Instant since) {
        SpaceReport.Counts sum = SpaceReport.Counts.ZERO;
        for (SpaceReport.Row r : rows) {
            sum = sum.plus(new SpaceReport.Counts(r.people(), r.opened(), r.active()));
        }
        SpaceReport.Row total = SpaceReport.Row.of(title, false, sum, null, null, null);
        return new SpaceReport(level, title, regionCode, schoolId, path, List.copyOf(crumbs), List.copyOf(rows),
                total, since);
    }

    /** The way down from the reader's own region to this one. */
    private List<SpaceReport.Crumb> crumbs(Actor actor, String regionCode) {
        return regions.ancestry(regionCode).stream().filter(r -> actor.governs(r.path()))
                .map(r -> new SpaceReport.Crumb(r.name(), r.code(), null)).toList();
    }

    private static String ownRegion(Actor actor) {
        if (actor.is(Role.PLATFORM_ADMIN)) {
            return Region.NATIONAL_CODE;
        }
        if (actor.is(Role.REGION_ADMIN)) {
            return actor.grant().regionCode();
        }
        throw DomainException.forbidden();
    }
}
