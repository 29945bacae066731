package org.renrentong.org;

import java.util.List;
import org.renrentong.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Groups and their members as JSON (a school's groups and creating one: see the schools API). */
@RestController
@RequestMapping("/api/v1/groups")
class GroupApi {

    record NewMember(Long personId) {
    }

    private final GroupMembers members;

    GroupApi(GroupMembers members) {
        this.members = members;
    }

    @GetMapping("/mine")
    List<GroupSummary> mine(Actor me) {
        return members.mine(me);
    }

    @GetMapping("/{id}")
    GroupPage group(Actor me, @PathVariable long id) {
        return members.page(me, id);
    }

    /** People the caller may add, matching q by name or account. */
    @GetMapping("/{id}/candidates")
    List<GroupMember> candidates(Actor me, @PathVariable long id, @RequestParam(defaultValue = "") String q) {
        return members.candidates(me, id, q);
    }

    @PostMapping("/{id}/members")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void add(Actor me, @PathVariable long id, @RequestBody NewMember body) {
        members.add(me, id, body.personId() == null ? 0 : body.personId());
    }

    @DeleteMapping("/{id}/members/{personId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(Actor me, @PathVariable long id, @PathVariable long personId) {
        members.remove(me, id, personId);
    }
}
