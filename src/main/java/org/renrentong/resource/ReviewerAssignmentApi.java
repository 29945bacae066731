package org.renrentong.resource;

import java.util.List;
import org.renrentong.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Reviewer assignments (expert + region + subject) and the search index rebuild, for administrators. */
@RestController
@RequestMapping("/api/v1")
class ReviewerAssignmentApi {

    private final ReviewerAssignments assignments;
    private final SearchFeed feed;

    ReviewerAssignmentApi(ReviewerAssignments assignments, SearchFeed feed) {
        this.assignments = assignments;
        this.feed = feed;
    }

    record NewAssignment(Long expertId, String regionCode, String subjectCode) {
    }

    record Rebuilt(long resources) {
    }

    @GetMapping("/reviewer-assignments")
    List<ReviewerAssignment> list(Actor me) {
        return assignments.list(me);
    }

    @PostMapping("/reviewer-assignments")
    @ResponseStatus(HttpStatus.CREATED)
    ReviewerAssignment assign(Actor me, @RequestBody NewAssignment a) {
        return assignments.assign(me, a.expertId(), a.regionCode(), a.subjectCode());
    }

    @DeleteMapping("/reviewer-assignments/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(Actor me, @PathVariable long id) {
        assignments.remove(me, id);
    }

    /** Rebuilds the search index from the database (platform administrators). */
    @PostMapping("/search-index/rebuild")
    Rebuilt rebuild(Actor me) {
        return new Rebuilt(feed.rebuild(me));
    }
}
