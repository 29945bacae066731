package org.renrentong.apps.usage;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Role;
import org.renrentong.org.School;
import org.renrentong.org.Schools;
import org.renrentong.region.Region;
import org.renrentong.region.Regions;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Service;

/**
 * The use of apps for administrators: platform administrators anywhere, region administrators within their region,
 * school administrators at their school. Figures name no one: people are counted by the apps' pseudonymous ids.
 */
@Service
public class AppUsage {

    static final int DAYS = 30;
    static final int RECENT_DAYS = 7;

    private final UsageRepository repository;
    private final Regions regions;
    private final Schools schools;

    AppUsage(UsageRepository repository, Regions regions, Schools schools) {
        this.repository = repository;
        this.regions = regions;
        this.schools = schools;
    }

    /**
     * @param regionCode a region to report on, or null for the reader's own place
     * @param schoolId   a school to report on (takes precedence), or null
     */
    public UsageReport report(Actor actor, String regionCode, Long schoolId) {
        boolean noRegion = regionCode == null || regionCode.isBlank();
        if (schoolId == null && noRegion && actor.is(Role.SCHOOL_ADMIN)) {
            schoolId = actor.schoolId();
        }
        if (schoolId != null) {
            School school = schools.get(schoolId);
            if (!actor.managesSchool(school.id(), school.regionPath())) {
                throw DomainException.forbidden();
            }
            return report(school.name(), null, school.id(), new UsageRepository.Place(school.id(), null), List.of());
        }
        Region region = regions.get(noRegion ? ownRegion(actor) : regionCode.trim());
        if (!actor.governs(region.path())) {
            throw DomainException.forbidden();
        }
        boolean everywhere = Region.NATIONAL_CODE.equals(region.code());
        LocalDate from = LocalDate.now(AppUse.ZONE).minusDays(DAYS - 1);
        return report(region.name(), region.code(), null,
                new UsageRepository.Place(null, everywhere ? null : region.path()), parts(region, from));
    }

    /** A county by its schools that used apps; any other region by its regions one level down. */
    private List<UsageReport.Part> parts(Region region, LocalDate from) {
        if (region.level() == Region.Level.COUNTY) {
            return repository.bySchool(region.path(), from).stream().map(t -> new UsageReport.Part(
                    schools.get(t.schoolId()).name(), null, t.schoolId(), t.appUsers(), t.signIns())).toList();
        }
        return regions.children(region.code()).stream().filter(child -> !child.retired()).map(child -> {
            UsageRepository.Totals t = repository.totals(new UsageRepository.Place(null, child.path()), from);
            return new UsageReport.Part(child.name(), child.code(), null, t.appUsers(), t.signIns());
        }).toList();
    }

    private UsageReport report(String title, String regionCode, Long schoolId, UsageRepository.Place place,
                               List<UsageReport.Part> parts) {
        LocalDate today = LocalDate.now(AppUse.ZONE);
        LocalDate from = today.minusDays(DAYS - 1);
        List<UsageReport.Row> rows = repository.byApp(place, today.minusDays(RECENT_DAYS - 1), from);
        List<LocalDate> days = from.datesUntil(today.plusDays(1)).toList();
        Map<String, Map<LocalDate, Long>> perApp = new HashMap<>();
        for (UsageRepository.Day d : repository.byDay(place, from)) {
            perApp.computeIfAbsent(d.clientId(), k -> new HashMap<>()).put(d.day(), d.signIns());
        }
        List<UsageReport.Series> daily = rows.stream().map(r -> new UsageReport.Series(r.clientId(), r.name(),
                days.stream().map(day -> perApp.getOrDefault(r.clientId(), Map.of()).getOrDefault(day, 0L))
                        .toList())).toList();
        return new UsageReport(title, regionCode, schoolId, rows, days, daily, parts);
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
