package org.renrentong.identity;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** People as JSON: identity data only ever masked; the services check every scope. */
@RestController
@RequestMapping("/api/v1/people")
class PeopleApi {

    record NewGuardian(String name, String phone, String relation, String initialPassword) {
    }

    record Teaching(Long classId, String subject, boolean head) {
    }

    private final People people;
    private final PeopleDirectory directory;
    private final RoleGrants grants;
    private final Guardians guardians;

    PeopleApi(People people, PeopleDirectory directory, RoleGrants grants, Guardians guardians) {
        this.people = people;
        this.directory = directory;
        this.grants = grants;
        this.guardians = guardians;
    }

    /**
     * A school's people with their roles in id order, filtered by name, account or phone; pass the answer's
     * {@code nextKey} as {@code cursor} for the next page (also given as a Link header with rel="next").
     */
    @GetMapping
    ResponseEntity<SchoolPeople> list(Actor me, @RequestParam long school, @RequestParam(defaultValue = "") String q,
                                      @RequestParam(defaultValue = "") String cursor,
                                      @RequestParam(defaultValue = "50") int limit) {
        int size = Math.max(1, Math.min(limit, 200));
        SchoolPeople page = directory.ofSchool(me, school, q, cursor, size);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (page.people().nextKey() != null) {
            answer.header(HttpHeaders.LINK, "<" + UriComponentsBuilder.fromPath("/api/v1/people")
                    .queryParam("school", school).queryParam("q", q).queryParam("cursor", page.people().nextKey())
                    .queryParam("limit", size).encode().build().toUriString() + ">; rel=\"next\"");
        }
        return answer.body(page);
    }

    @GetMapping("/{id}")
    PersonDetails get(Actor me, @PathVariable long id) {
        return directory.details(me, id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Person create(Actor me, @Valid @RequestBody NewPerson form) {
        return people.create(me, form);
    }

    /**
     * Links a new guardian account to the student, or invites the existing account of that phone (the answer then
     * names no one).
     */
    @PostMapping("/{id}/guardians")
    @ResponseStatus(HttpStatus.CREATED)
    GuardianLink addGuardian(Actor me, @PathVariable long id, @RequestBody NewGuardian body) {
        return guardians.link(me, id, body.name(), body.phone(), body.relation(), body.initialPassword());
    }

    /** Grants another role; returns all the person's roles. */
    @PostMapping("/{id}/grants")
    @ResponseStatus(HttpStatus.CREATED)
    List<RoleGrant> grant(Actor me, @PathVariable long id, @RequestBody NewGrant body) {
        return grants.grant(me, id, body);
    }

    /**
     * Assigns the teacher to teach a class of their school: optionally a subject (its standard code, or its name) and
     * as its head teacher. The class's own teachers are at /api/v1/classes/{id}/teachers.
     */
    @PostMapping("/{id}/classes")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void teach(Actor me, @PathVariable long id, @RequestBody Teaching body) {
        people.assignTeacher(me, id, body.classId() == null ? 0 : body.classId(), body.subject(), body.head());
    }

    @PostMapping("/{id}/unlock")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unlock(Actor me, @PathVariable long id) {
        people.unlock(me, id);
    }
}
