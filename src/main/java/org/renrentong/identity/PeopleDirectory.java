package org.renrentong.identity;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.renrentong.shared.DomainException;
import org.renrentong.shared.Slice;
import org.springframework.stereotype.Service;

/** What the administration pages read about people, always within the reader's scope. */
@Service
public class PeopleDirectory {

    private final People people;
    private final IdentityPolicy policy;
    private final PeopleRepository repository;
    private final PeopleQueries queries;
    private final ActorRepository actors;

    PeopleDirectory(People people, IdentityPolicy policy, PeopleRepository repository, PeopleQueries queries,
                    ActorRepository actors) {
        this.people = people;
        this.policy = policy;
        this.repository = repository;
        this.queries = queries;
        this.actors = actors;
    }

    /**
     * A page of a school's people with their roles, for the school's administrators. A guardian of its students whom
     * the reader does not administer (their other places lie elsewhere) shows only as a guardian.
     */
    public SchoolPeople ofSchool(Actor actor, long schoolId, String text, String cursor, int limit) {
        Slice<Person> page = people.ofSchool(actor, schoolId, text, cursor, limit);
        Map<Long, List<Role>> roles = queries.roles(page.items().stream().map(Person::id).toList());
        List<PersonSummary> rows = page.items().stream()
                .map(p -> Objects.equals(p.schoolId(), schoolId) || policy.maySee(actor, p)
                        ? new PersonSummary(p, roles.getOrDefault(p.id(), List.of()))
                        : new PersonSummary(p.asGuardianOnly(), List.of(Role.GUARDIAN)))
                .toList();
        return new SchoolPeople(schoolId, queries.schoolName(schoolId).orElseThrow(),
                new Slice<>(rows, page.total(), page.nextKey()));
    }

    /** The person page: visible to the person, their guardians, their school's staff and their administrators. */
    public PersonDetails details(Actor actor, long personId) {
        Person person = people.get(actor, personId);
        return new PersonDetails(person,
                person.schoolId() == null ? null : queries.schoolName(person.schoolId()).orElse(null),
                actors.grants(personId), queries.classes(personId), visibleOrLimited(actor, queries.guardians(personId)),
                queries.children(personId).stream().filter(c -> mayRead(actor, c.personId())).toList());
    }

    /** A guardian the reader may not open is shown as this student's guardian only: name, relation, masked phone. */
    private List<PersonDetails.Relative> visibleOrLimited(Actor actor, List<PersonDetails.Relative> guardians) {
        return guardians.stream().map(g -> mayRead(actor, g.personId()) ? g : g.limited()).toList();
    }

    private boolean mayRead(Actor actor, long personId) {
        return repository.find(personId).map(p -> policy.maySee(actor, p)).orElse(false);
    }

    /** Whether the actor administers the person: may create guardians, grant roles, unlock. */
    public boolean mayManage(Actor actor, long personId) {
        return actor.role().isAdministrator() && policy.manages(actor, personId);
    }

    /**
     * The name of the place a new person would be created at — a school, or else a region — once the actor is known
     * to administer it.
     */
    public String placeName(Actor actor, Long schoolId, String regionCode) {
        if (schoolId != null) {
            policy.managedSchool(actor, schoolId);
            return queries.schoolName(schoolId).orElseThrow();
        }
        policy.managedRegion(actor, Role.REGION_ADMIN, regionCode);
        return queries.regionName(regionCode.trim()).orElseThrow();
    }

    /** A person by account name, if the actor may see them. */
    public Person byAccount(Actor actor, String account) {
        long id = repository.byAccount(account == null ? "" : account.trim())
                .orElseThrow(() -> DomainException.notFound("person.account.unknown", account));
        return people.get(actor, id);
    }

    /** The administrators and experts of one region, for those governing it. */
    public List<PersonSummary> regionStaff(Actor actor, String regionCode) {
        String path = repository.regionPath(regionCode).orElseThrow(
                () -> DomainException.notFound("region.unknown", regionCode));
        policy.requireGoverns(actor, path);
        List<Person> staff = queries.regionStaff(regionCode);
        Map<Long, List<Role>> roles = queries.roles(staff.stream().map(Person::id).toList());
        return staff.stream().map(p -> new PersonSummary(p, roles.getOrDefault(p.id(), List.of()))).toList();
    }
}
