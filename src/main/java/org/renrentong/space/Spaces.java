package org.renrentong.space;

import java.util.List;
import java.util.Optional;
import org.renrentong.audit.AuditEvent;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The spaces themselves: finding one's own and their settings. */
@Service
public class Spaces {

    static final int MAX_INTRO = 2000;

    private final SpaceRepository spaces;
    private final SpaceReader reader;
    private final InstitutionSpaces institutions;
    private final SpacePolicy policy;
    private final AuditLog audit;

    Spaces(SpaceRepository spaces, SpaceReader reader, InstitutionSpaces institutions, AuditLog audit,
           SpacePolicy policy) {
        this.policy = policy;
        this.spaces = spaces;
        this.reader = reader;
        this.institutions = institutions;
        this.audit = audit;
    }

    /** The public bureau and school spaces within a region subtree, for visitors of the node's front page. */
    public List<Space> publicInstitutional(String regionPath, int limit) {
        return spaces.publicInstitutional(regionPath, limit);
    }

    /** The actor's personal space, created on first need (e.g. for the first platform administrator). */
    @Transactional
    public long mine(Actor actor) {
        long personId = policy.ownSpaceOwner(actor);
        Optional<Long> existing = spaces.idOf(SpaceKind.PERSONAL, personId);
        if (existing.isPresent()) {
            return existing.get();
        }
        spaces.insertPersonalFor(personId);
        long id = spaces.idOf(SpaceKind.PERSONAL, personId).orElseThrow();
        Space space = reader.space(id);
        audit.record(actor.audited("SPACE_CREATED", "space", id, space.regionPath(), space.schoolId(),
                new AuditEvent.Key("space.kind.PERSONAL")));
        return id;
    }

    /** The space of a school, class or group, also while the event of its creation is still on its way. */
    public Optional<Long> ofInstitution(SpaceKind kind, long ownerId) {
        return institutions.of(kind, ownerId);
    }

    public Optional<Long> idOf(SpaceKind kind, long ownerId) {
        return spaces.idOf(kind, ownerId);
    }

    /** A space whose settings the actor may change. */
    public Space managed(Actor actor, long spaceId) {
        return policy.requireManaged(actor, reader.space(spaceId));
    }

    @Transactional
    public Space update(Actor actor, long spaceId, String intro, Visibility visibility) {
        Space space = policy.requireManaged(actor, reader.space(spaceId));
        String text = Posts.plainText(intro);
        if (text.length() > MAX_INTRO) {
            throw DomainException.invalid("space.intro.tooLong", MAX_INTRO);
        }
        if (visibility == null) {
            throw DomainException.invalid("space.visibility.required");
        }
        spaces.updateSettings(spaceId, text.isEmpty() ? null : text, visibility);
        audit.record(actor.audited("SPACE_UPDATED", "space", spaceId, space.regionPath(), space.schoolId(),
                new AuditEvent.Key("space.visibility." + visibility)));
        return reader.space(spaceId);
    }
}
