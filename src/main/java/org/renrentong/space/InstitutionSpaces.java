package org.renrentong.space;

import java.util.Optional;
import org.renrentong.org.Group;
import org.renrentong.org.Groups;
import org.renrentong.org.School;
import org.renrentong.org.SchoolClass;
import org.renrentong.org.Schools;
import org.renrentong.shared.Bookkeeping;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The space of a school, class or group, made on first need when the institution's creation event has not been
 * delivered yet (a page opened right after creating it): the same row {@link SpaceCreation} makes, so whichever
 * comes first wins and the other does nothing.
 */
@Component
@Bookkeeping
class InstitutionSpaces {

    private final SpaceRepository spaces;
    private final Schools schools;
    private final Groups groups;

    InstitutionSpaces(SpaceRepository spaces, Schools schools, Groups groups) {
        this.spaces = spaces;
        this.groups = groups;
        this.schools = schools;
    }

    /** The space's id; empty when the institution does not exist (or is a bureau whose space is not there yet). */
    @Transactional
    Optional<Long> of(SpaceKind kind, long ownerId) {
        Optional<Long> existing = spaces.idOf(kind, ownerId);
        if (existing.isPresent()) {
            return existing;
        }
        try {
            switch (kind) {
                case SCHOOL -> {
                    School s = schools.get(ownerId);
                    spaces.insert(kind, ownerId, s.name(), s.regionPath(), s.id());
                }
                case CLASS -> {
                    SchoolClass c = schools.schoolClass(ownerId);
                    spaces.insert(kind, ownerId, c.fullName(), c.regionPath(), c.schoolId());
                }
                case GROUP -> {
                    Group g = groups.get(ownerId);
                    spaces.insert(kind, ownerId, g.name(), g.regionPath(), g.schoolId());
                }
                default -> {
                    return Optional.empty();
                }
            }
        } catch (DomainException unknown) {
            return Optional.empty();
        }
        return spaces.idOf(kind, ownerId);
    }
}
