package org.renrentong.org;

import jakarta.validation.Valid;
import java.util.List;
import org.renrentong.identity.Actor;
import org.renrentong.shared.Slice;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Schools, grades, classes and school groups as JSON; the services decide who may see and change what. */
@RestController
@RequestMapping("/api/v1/schools")
class SchoolApi {

    record NewClass(Long gradeId, String name) {
    }

    record NewGroup(String name, Group.Kind kind) {
    }

    private final Schools schools;
    private final Groups groups;

    SchoolApi(Schools schools, Groups groups) {
        this.schools = schools;
        this.groups = groups;
    }

    /** The schools the administrator manages, filtered by name; pass {@code nextKey} as {@code after}. */
    @GetMapping
    Slice<School> list(Actor me, @RequestParam(defaultValue = "") String q,
                       @RequestParam(defaultValue = "0") long after, @RequestParam(defaultValue = "50") int limit) {
        return schools.list(me, q, after, Math.max(1, Math.min(limit, 200)));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    School create(Actor me, @Valid @RequestBody SchoolForm form) {
        return schools.create(me, form);
    }

    @GetMapping("/{id}")
    School get(Actor me, @PathVariable long id) {
        return schools.visible(me, id);
    }

    @PutMapping("/{id}")
    School update(Actor me, @PathVariable long id, @Valid @RequestBody SchoolForm form) {
        return schools.update(me, id, form);
    }

    @GetMapping("/{id}/grades")
    List<Grade> grades(Actor me, @PathVariable long id) {
        return schools.grades(me, id);
    }

    @GetMapping("/{id}/classes")
    List<SchoolClass> classes(Actor me, @PathVariable long id) {
        return schools.classes(me, id);
    }

    @PostMapping("/{id}/classes")
    @ResponseStatus(HttpStatus.CREATED)
    SchoolClass createClass(Actor me, @PathVariable long id, @RequestBody NewClass body) {
        return schools.createClass(me, id, body.gradeId() == null ? 0 : body.gradeId(), body.name());
    }

    @GetMapping("/{id}/groups")
    List<Group> groups(Actor me, @PathVariable long id) {
        return groups.ofSchool(me, id);
    }

    @PostMapping("/{id}/groups")
    @ResponseStatus(HttpStatus.CREATED)
    Group createGroup(Actor me, @PathVariable long id, @RequestBody NewGroup body) {
        return groups.create(me, body.name(), body.kind(), id);
    }
}
