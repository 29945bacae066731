package org.renrentong.org;

import java.util.List;
import java.util.Optional;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.region.Region;
import org.renrentong.region.Regions;
import org.renrentong.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Free groups (clubs, research groups) and the education bureaus of regions. */
@Service
public class Groups {

    private final OrgRepository repository;
    private final Regions regions;
    private final Schools schools;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final OrgPolicy policy;

    Groups(OrgPolicy policy, OrgRepository repository, Regions regions, Schools schools, AuditLog audit,
           ApplicationEventPublisher events) {
        this.repository = repository;
        this.regions = regions;
        this.schools = schools;
        this.audit = audit;
        this.events = events;
        this.policy = policy;
    }

    /** A teacher or administrator creates a group within their school, or a region administrator in their region. */
    @Transactional
    public Group create(Actor actor, String name, Group.Kind kind, Long schoolId) {
        String clean = name == null ? "" : name.trim();
        if (clean.isEmpty() || clean.length() > 100 || kind == null) {
            throw DomainException.invalid("group.invalid");
        }
        String regionCode;
        String path;
        if (schoolId != null) {
            School school = schools.get(schoolId);
            if (!policy.mayCreateGroupAt(actor, school)) {
                throw DomainException.forbidden();
            }
            regionCode = school.countyCode();
            path = school.regionPath();
        } else {
            policy.requireRegionGroups(actor);
            regionCode = actor.grant().regionCode() == null ? Region.NATIONAL_CODE : actor.grant().regionCode();
            path = actor.regionPath();
        }
        long id = repository.insertGroup(clean, kind, schoolId, regionCode, actor.personId());
        repository.addGroupMember(id, actor.personId());
        events.publishEvent(new OrgEvents.GroupCreated(id, schoolId, clean, path));
        audit.record(actor.audited("GROUP_CREATED", "group", id, path, schoolId, clean));
        return get(id);
    }

    public Group get(long groupId) {
        return repository.group(groupId).orElseThrow(() -> DomainException.notFound("group.unknown"));
    }

    /** The groups of a school, for those who may see the school. */
    public List<Group> ofSchool(Actor actor, long schoolId) {
        schools.visible(actor, schoolId);
        return repository.groupsOfSchool(schoolId);
    }

    /** Whether the actor may create a group at this school: its teachers and its administrators. */
    public boolean mayCreateAt(Actor actor, School school) {
        return policy.mayCreateGroupAt(actor, school);
    }

    /** The bureau of a region if it has been set up. */
    public Optional<Bureau> findBureau(String regionCode) {
        return repository.bureauOf(regionCode);
    }

    /** Whether the actor may set up the bureau of this region. */
    public boolean mayCreateBureau(Actor actor, Region region) {
        return policy.mayCreateBureau(actor, region);
    }

    /** The bureau of a region, created on first need by an administrator governing that region. */
    @Transactional
    public Bureau bureau(Actor actor, String regionCode) {
        Region region = regions.get(regionCode);
        return repository.bureauOf(region.code()).orElseGet(() -> {
            if (!policy.mayCreateBureau(actor, region)) {
                throw DomainException.forbidden();
            }
            String name = region.name() + "教育局";
            long id = repository.insertBureau(region.code(), name);
            events.publishEvent(new OrgEvents.BureauCreated(id, name, region.path()));
            audit.record(actor.audited("BUREAU_CREATED", "bureau", id, region.path(), null, name));
            return repository.bureauOf(region.code()).orElseThrow();
        });
    }
}
