package org.renrentong.identity;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Service;

/** Builds the actor for a signed-in person in their chosen role. */
@Service
public class Actors {

    static final String NATIONAL_PATH = "/000000/";

    private final ActorRepository repository;

    Actors(ActorRepository repository) {
        this.repository = repository;
    }

    /** The person signed in under this account, in their first role; empty for an unknown or disabled account. */
    public java.util.Optional<Actor> ofAccount(String account) {
        return repository.signedIn(account).map(s -> {
            if (s.grants().isEmpty()) {
                throw DomainException.forbidden();
            }
            return build(s.personId(), s.grants(), repository.belongings(s.personId()), null);
        });
    }

    /**
     * @param grantId the role the person switched to, or null for their first role
     */
    public Actor load(long personId, Long grantId) {
        List<ActorRepository.PlacedGrant> placed = repository.placedGrants(personId);
        if (placed.isEmpty()) {
            throw DomainException.forbidden();
        }
        return build(personId, placed, repository.belongings(personId), grantId);
    }

    private Actor build(long personId, List<ActorRepository.PlacedGrant> placed, ActorRepository.Belongings own,
                        Long grantId) {
        ActorRepository.PlacedGrant chosen = placed.stream()
                .filter(g -> grantId != null && g.grant().id() == grantId).findFirst().orElse(placed.get(0));
        RoleGrant grant = chosen.grant();
        List<RoleGrant> grants = placed.stream().map(ActorRepository.PlacedGrant::grant).toList();
        String path = switch (grant.role()) {
            case PLATFORM_ADMIN -> NATIONAL_PATH;
            case REGION_ADMIN, EXPERT, STUDENT, TEACHER, SCHOOL_ADMIN -> Objects.requireNonNull(chosen.path());
            case GUARDIAN, APP_PROVIDER -> null;
        };
        Set<Long> classes = switch (grant.role()) {
            case TEACHER -> own.taught();
            case STUDENT -> own.attended();
            case GUARDIAN -> own.childrenClasses();
            default -> Set.of();
        };
        Set<Long> children = grant.role() == Role.GUARDIAN ? own.children() : Set.of();
        return new Actor(personId, own.person().account(), own.person().name(), grant, path, grant.schoolId(),
                classes, children, grants);
    }
}
