package org.renrentong.resource;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.renrentong.identity.Actor;
import org.renrentong.identity.CurrentActor;
import org.renrentong.shared.DomainException;
import org.renrentong.shared.PublicLinks;
import org.renrentong.space.PostView;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Using resources over JSON: favourites, ratings, comments and their moderation, sharing into a space. */
@RestController
@RequestMapping("/api/v1/resources")
class ResourceUseApi {

    private final ResourceUse use;
    private final CurrentActor currentActor;
    private final PublicLinks links;

    ResourceUseApi(ResourceUse use, CurrentActor currentActor, PublicLinks links) {
        this.use = use;
        this.currentActor = currentActor;
        this.links = links;
    }

    record Rating(int stars) {
    }

    record NewComment(String body) {
    }

    record Moderation(boolean approve) {
    }

    record Share(Long spaceId, String text) {
    }

    @GetMapping("/favourites")
    List<Resource> favourites(Actor me) {
        return use.favourites(me);
    }

    @PutMapping("/{id}/favourite")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void favour(@PathVariable long id, Actor me) {
        use.favourite(me, id, true);
    }

    @DeleteMapping("/{id}/favourite")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unfavour(@PathVariable long id, Actor me) {
        use.favourite(me, id, false);
    }

    /** Rates 1–5; a second rating by the same person replaces the first. */
    @PutMapping("/{id}/rating")
    Resource rate(@PathVariable long id, Actor me, @RequestBody Rating rating) {
        return use.rate(me, id, rating == null ? 0 : rating.stars());
    }

    @GetMapping("/{id}/comments")
    List<Comment> comments(@PathVariable long id, HttpServletRequest request) {
        return use.comments(currentActor.of(request), id);
    }

    /** A comment, pending until the owner or a reviewer approves it. */
    @PostMapping("/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    Comment comment(@PathVariable long id, Actor me, @RequestBody NewComment comment) {
        return use.comment(me, id, comment == null ? null : comment.body());
    }

    @PostMapping("/comments/{commentId}/moderation")
    Comment moderate(@PathVariable long commentId, Actor me, @RequestBody Moderation moderation) {
        return use.moderate(me, commentId, moderation != null && moderation.approve());
    }

    /** Posts a link to the resource into a space the caller may post in. */
    @PostMapping("/{id}/shares")
    @ResponseStatus(HttpStatus.CREATED)
    PostView share(@PathVariable long id, Actor me, @RequestBody Share share) {
        if (share == null || share.spaceId() == null) {
            throw DomainException.invalid("resource.share.space.required");
        }
        String link = links.to("/resources/" + id);
        return use.share(me, id, share.spaceId(), share.text(), link);
    }
}
