package org.renrentong.outbox;

import java.util.UUID;
import org.renrentong.identity.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The outbox page of the platform administrator: pending and failed deliveries, each deliverable again. */
@Controller
@RequestMapping("/admin/events")
class OutboxController {

    private final Outbox outbox;

    OutboxController(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    String page(Actor me, @RequestParam(required = false) OutboxStatus status, Model model) {
        model.addAttribute("counts", outbox.counts(me));
        model.addAttribute("status", status);
        model.addAttribute("page", outbox.list(me, status, null, Outbox.PAGE));
        return "outbox/events";
    }

    /** The next page, as rows (the page's "more" button). */
    @GetMapping("/rows")
    String rows(Actor me, @RequestParam(required = false) OutboxStatus status, @RequestParam String after,
                Model model) {
        model.addAttribute("status", status);
        model.addAttribute("page", outbox.list(me, status, after, Outbox.PAGE));
        return "outbox/events :: rows";
    }

    @PostMapping("/{id}/delivery")
    String deliverAgain(Actor me, @PathVariable UUID id, RedirectAttributes redirect) {
        outbox.deliverAgain(me, id);
        redirect.addFlashAttribute("done", "outbox.redelivered");
        return "redirect:/admin/events";
    }
}
