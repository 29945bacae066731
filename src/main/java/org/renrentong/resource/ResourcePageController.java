package org.renrentong.resource;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.renrentong.identity.Actor;
import org.renrentong.identity.CurrentActor;
import org.renrentong.shared.DomainException;
import org.renrentong.org.SchoolClass;
import org.renrentong.org.Schools;
import org.renrentong.shared.PublicLinks;
import org.renrentong.space.SpaceKind;
import org.renrentong.space.Spaces;
import org.renrentong.storage.StoredFiles;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The resource page: metadata, previews, review actions, and favourite, rating, comments and sharing. */
@Controller
@RequestMapping("/resources/{id}")
class ResourcePageController {

    private final Resources resources;
    private final Reviews reviews;
    private final ResourceUse use;
    private final StoredFiles files;
    private final Spaces spaces;
    private final Schools schools;
    private final CurrentActor currentActor;
    private final PublicLinks links;

    ResourcePageController(Resources resources, Reviews reviews, ResourceUse use, StoredFiles files, Spaces spaces,
                           Schools schools, CurrentActor currentActor, PublicLinks links) {
        this.schools = schools;
        this.resources = resources;
        this.reviews = reviews;
        this.use = use;
        this.files = files;
        this.spaces = spaces;
        this.currentActor = currentActor;
        this.links = links;
    }

    @GetMapping
    String detail(@PathVariable long id, HttpServletRequest request, Model model) {
        Actor me = currentActor.of(request);
        Resource r = resources.get(me, id);
        model.addAttribute("r", r);
        model.addAttribute("previews", r.files().stream().map(f -> new FilePreview(f, files.previewState(f.fileId()),
                files.preview(f.fileId()).isPresent())).toList());
        model.addAttribute("actions", List.of(ReviewAction.values()).stream()
                .filter(a -> me != null && reviews.mayTake(me, r, a) && allowed(r, a)).toList());
        model.addAttribute("mayEdit", resources.mayEdit(me, r));
        model.addAttribute("favourite", use.isFavourite(me, id));
        model.addAttribute("myRating", use.myRating(me, id).orElse(0));
        model.addAttribute("comments", use.comments(me, id));
        model.addAttribute("mayModerate", me != null && use.mayModerate(me, r));
        model.addAttribute("history", reviews.history(me, id));
        model.addAttribute("shareSpaces", me == null || !r.published() ? List.of() : shareSpaces(me));
        return "resource/detail";
    }

    @PostMapping("/review")
    String review(@PathVariable long id, Actor me, @RequestParam ReviewAction action,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        String page = done(id, redirect, "resource.review.done." + action.name(),
                () -> reviews.act(me, id, action, reason));
        // an expert reads a resource only while it awaits review: once rejected or retired, back to the queue
        return resources.mayRead(me, id) ? page : "redirect:/resources/reviews";
    }

    @PostMapping("/favourite")
    String favourite(@PathVariable long id, Actor me, @RequestParam boolean on, RedirectAttributes redirect) {
        return done(id, redirect, on ? "resource.favourite.added" : "resource.favourite.removed",
                () -> use.favourite(me, id, on));
    }

    @PostMapping("/rating")
    String rate(@PathVariable long id, Actor me, @RequestParam int stars, RedirectAttributes redirect) {
        return done(id, redirect, "resource.rating.saved", () -> use.rate(me, id, stars));
    }

    @PostMapping("/comments")
    String comment(@PathVariable long id, Actor me, @RequestParam(defaultValue = "") String body,
                   RedirectAttributes redirect) {
        String page = done(id, redirect, "resource.comment.pending", () -> use.comment(me, id, body));
        if (!redirect.getFlashAttributes().containsKey("done")) {
            // only a refused comment comes back in the box; a sent one leaves it empty
            redirect.addFlashAttribute("typedComment", body);
        }
        return page;
    }

    @PostMapping("/comments/{commentId}/moderation")
    String moderate(@PathVariable long id, @PathVariable long commentId, Actor me, @RequestParam boolean approve,
                    RedirectAttributes redirect) {
        return done(id, redirect, approve ? "resource.comment.approved" : "resource.comment.rejected",
                () -> use.moderate(me, commentId, approve));
    }

    @PostMapping("/shares")
    String share(@PathVariable long id, Actor me, @RequestParam long spaceId,
                 @RequestParam(required = false) String text, RedirectAttributes redirect) {
        String link = links.to("/resources/" + id);
        return done(id, redirect, "resource.share.done", () -> use.share(me, id, spaceId, text, link));
    }

    /** Runs the action and returns to the page with a notice; a refused action says why on the page. */
    private static String done(long id, RedirectAttributes redirect, String doneKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", doneKey);
        } catch (DomainException e) {
            if (e.status() == HttpStatus.FORBIDDEN || e.status() == HttpStatus.UNAUTHORIZED
                    || e.status() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("errorKey", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.args());
        }
        return "redirect:/resources/" + id;
    }

    private static boolean allowed(Resource r, ReviewAction a) {
        return r.status().allows(a);
    }

    /** Where the actor may share to from the page: their own space and the spaces of their classes. */
    private List<ShareSpace> shareSpaces(Actor me) {
        List<ShareSpace> out = new java.util.ArrayList<>();
        out.add(new ShareSpace(spaces.mine(me), null));
        for (SchoolClass c : schools.myClasses(me)) {
            spaces.idOf(SpaceKind.CLASS, c.id()).ifPresent(id -> out.add(new ShareSpace(id, c.fullName())));
        }
        return out;
    }

    /** A space to share into; name null for the actor's own space. */
    record ShareSpace(long spaceId, String name) {
    }

    /** A file with how the page can show it. */
    record FilePreview(ResourceFile file, org.renrentong.storage.PreviewState state, boolean previewReady) {
    }
}
