package org.renrentong.space;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.renrentong.identity.Actor;
import org.renrentong.identity.CurrentActor;
import org.renrentong.shared.Slice;
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

/** Spaces as JSON: the home data, the feed by keyset, posting text, deleting. */
@RestController
@RequestMapping("/api/v1/spaces")
class SpaceApi {

    private final SpaceHomes homes;
    private final Posts posts;
    private final CurrentActor currentActor;

    SpaceApi(SpaceHomes homes, Posts posts, CurrentActor currentActor) {
        this.homes = homes;
        this.posts = posts;
        this.currentActor = currentActor;
    }

    /**
     * A text post or notice; images are posted from the page (multipart). A notice in a class space may name its
     * audience, ask for a confirmation or a choice among options, and set a deadline for answers.
     */
    record NewPost(PostKind kind, @NotNull(message = "post.body.required") String body, NoticeAudience audience,
                   NoticeAsk ask, List<String> options, Instant deadline) {
    }

    @GetMapping("/{id}")
    SpaceHome home(@PathVariable long id, HttpServletRequest request) {
        return homes.home(currentActor.of(request), id);
    }

    /** Posts (or notices with kind=NOTICE) strictly older than {@code before}, newest first. */
    @GetMapping("/{id}/posts")
    Slice<PostView> posts(@PathVariable long id, @RequestParam(required = false) Long before,
                          @RequestParam(required = false) PostKind kind, HttpServletRequest request) {
        return homes.posts(currentActor.of(request), id, kind, before).page();
    }

    @PostMapping("/{id}/posts")
    @ResponseStatus(HttpStatus.CREATED)
    PostView create(@PathVariable long id, Actor me, @Valid @RequestBody NewPost post) {
        return posts.create(me, id, post.kind(), post.body(), List.of(),
                new NoticeDetails(post.audience(), post.ask(), post.options(), post.deadline()));
    }

    @DeleteMapping("/{id}/posts/{postId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id, @PathVariable long postId, Actor me) {
        posts.delete(me, id, postId);
    }
}
