package org.renrentong.identity;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Identity's one way to the places its people are anchored at, answered by the modules that own them. The maps
 * answer any key, null included (an anchor without a school, say), with null when it is unknown.
 */
@Component
class Places {

    private final SchoolPlaces schools;
    private final RegionPlaces regions;

    Places(SchoolPlaces schools, RegionPlaces regions) {
        this.schools = schools;
        this.regions = regions;
    }

    Map<Long, SchoolPlaces.School> schools(Collection<Long> ids) {
        List<Long> known = ids.stream().filter(Objects::nonNull).distinct().toList();
        return known.isEmpty() ? Collections.emptyMap() : schools.schools(known);
    }

    Map<Long, SchoolPlaces.SchoolClass> classes(Collection<Long> ids) {
        return ids.isEmpty() ? Collections.emptyMap() : schools.classes(ids);
    }

    Map<String, RegionPlaces.Region> regions(Collection<String> codes) {
        List<String> known = codes.stream().filter(Objects::nonNull).distinct().toList();
        return known.isEmpty() ? Collections.emptyMap() : regions.regions(known);
    }

    Optional<SchoolPlaces.School> school(long id) {
        return Optional.ofNullable(schools.schools(List.of(id)).get(id));
    }

    Optional<RegionPlaces.Region> region(String code) {
        return Optional.ofNullable(regions.regions(List.of(code)).get(code));
    }

    Optional<SchoolPlaces.SchoolClass> schoolClass(long id) {
        return Optional.ofNullable(schools.classes(List.of(id)).get(id));
    }
}
