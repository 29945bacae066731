package org.renrentong.space;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.renrentong.identity.Actor;
import org.renrentong.identity.CurrentActor;
import org.renrentong.identity.LenientChoice;
import org.renrentong.shared.DomainException;
import org.renrentong.shared.FormErrors;
import org.renrentong.storage.FileResponses;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Posting, deleting and paging in a space's page. htmx requests get fragments (the new post, the next page);
 * plain form posts get the page back.
 */
@Controller
class PostPageController {

    /** A refused post is said in one line under the form. */
    private static final FormErrors ERRORS = FormErrors.fields();

    private final Posts posts;
    private final SpaceHomes homes;
    private final CurrentActor currentActor;

    PostPageController(Posts posts, SpaceHomes homes, CurrentActor currentActor) {
        this.posts = posts;
        this.homes = homes;
        this.currentActor = currentActor;
    }

    /**
     * What the post form sends besides its kind and images: the text, shown again after a refusal, and for a class
     * notice its audience, what it asks, the options of a choice (one a line) and the deadline (China time).
     */
    record PostForm(String body, NoticeAudience audience, NoticeAsk ask, String options, String deadline) {

        static PostForm empty() {
            return new PostForm("", NoticeAudience.BOTH, NoticeAsk.NONE, "", "");
        }

        NoticeDetails details() {
            return new NoticeDetails(audience, ask, options == null ? List.of() : List.of(options.split("\\R")),
                    NoticeForms.deadline(deadline));
        }
    }

    @InitBinder("postForm")
    void lenientChoices(WebDataBinder binder) {
        binder.registerCustomEditor(NoticeAudience.class, new LenientChoice<>(NoticeAudience.class));
        binder.registerCustomEditor(NoticeAsk.class, new LenientChoice<>(NoticeAsk.class));
    }

    @GetMapping("/spaces/{id}/posts")
    String more(@PathVariable long id, @RequestParam(required = false) Long before,
                @RequestParam(required = false) PostKind kind, HttpServletRequest request, Model model) {
        model.addAttribute("feed", homes.posts(currentActor.of(request), id, kind, before));
        return "space/fragments :: items";
    }

    @PostMapping("/spaces/{id}/posts")
    String create(@PathVariable long id, Actor me, @ModelAttribute("postForm") PostForm form, BindingResult binding,
                  @RequestParam(required = false) PostKind kind,
                  @RequestParam(name = "images", required = false) List<MultipartFile> images,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response,
                  Model model) {
        List<ImageUpload> uploads = images == null ? List.of()
                : images.stream().map(f -> new ImageUpload(f.getSize(), f)).toList();
        PostView post;
        try {
            post = posts.create(me, id, kind, form.body(), uploads, form.details());
        } catch (DomainException e) {
            if (e.status() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            ERRORS.reject(e, binding);
            if (htmx != null) {
                response.setHeader("HX-Retarget", "#post-error");
                response.setHeader("HX-Reswap", "innerHTML");
                return "space/fragments :: error";
            }
            model.addAttribute("home", homes.home(me, id));
            model.addAttribute("maxImages", Posts.MAX_IMAGES);
            return "space/home";
        }
        if (htmx == null) {
            return "redirect:/spaces/" + id;
        }
        response.setHeader("HX-Trigger", "post-created");
        if (post.kind() == PostKind.NOTICE) {
            response.setHeader("HX-Retarget", "#notices");
        }
        model.addAttribute("post", post);
        // the feed's count in the heading follows the new post (swapped out of band)
        model.addAttribute("total", homes.posts(me, id, null, null).page().total());
        return "space/fragments :: created";
    }

    @PostMapping("/spaces/{id}/posts/{postId}/delete")
    String delete(@PathVariable long id, @PathVariable long postId, Actor me,
                  @RequestHeader(name = "HX-Request", required = false) String htmx) {
        posts.delete(me, id, postId);
        return htmx != null ? "space/fragments :: deleted" : "redirect:/spaces/" + id;
    }

    /** Sent like every stored file: cached privately (visibility may change), revalidated by ETag, with Range. */
    @GetMapping("/spaces/{id}/images/{imageId}")
    ResponseEntity<Resource> image(@PathVariable long id, @PathVariable long imageId, HttpServletRequest request) {
        SpaceHomes.Image image = homes.image(currentActor.of(request), id, imageId);
        return FileResponses.inline(image.file(), image.content());
    }
}
