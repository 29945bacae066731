package org.renrentong.resource;

import org.renrentong.identity.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The comment moderation queue of reviewers and administrators; each comment is approved or rejected in place. */
@Controller
@RequestMapping("/resources/comments")
class CommentQueueController {

    private final CommentQueue queue;
    private final ResourceUse use;

    CommentQueueController(CommentQueue queue, ResourceUse use) {
        this.queue = queue;
        this.use = use;
    }

    @GetMapping
    String page(Actor me, Model model) {
        model.addAttribute("page", queue.pending(me, 0));
        return "resource/comments";
    }

    /** The next page of the queue, as rows (the page's "more" button). */
    @GetMapping("/rows")
    String rows(Actor me, @RequestParam long after, Model model) {
        model.addAttribute("page", queue.pending(me, after));
        return "resource/comments :: rows";
    }

    /** htmx replaces the comment by its outcome; without htmx the queue page comes back with a notice. */
    @PostMapping("/{commentId}/moderation")
    String moderate(@PathVariable long commentId, Actor me, @RequestParam boolean approve,
                    @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                    RedirectAttributes redirect) {
        Comment c = use.moderate(me, commentId, approve);
        String done = approve ? "resource.comment.approved" : "resource.comment.rejected";
        if (htmx == null) {
            redirect.addFlashAttribute("done", done);
            return "redirect:/resources/comments";
        }
        model.addAttribute("c", c);
        model.addAttribute("done", done);
        return "resource/comments :: moderated";
    }
}
