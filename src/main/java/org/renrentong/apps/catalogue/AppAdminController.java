package org.renrentong.apps.catalogue;

import java.util.List;
import org.renrentong.identity.Actor;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' page of apps: applications to decide in the region subtree, approvals from above to opt out
 * of, apps to hide from a school, and suspension.
 */
@Controller
@RequestMapping("/admin/apps")
class AppAdminController {

    private static final String BACK = "redirect:/admin/apps";

    private final Approvals approvals;
    private final AppChanges changes;

    AppAdminController(Approvals approvals, AppChanges changes) {
        this.approvals = approvals;
        this.changes = changes;
    }

    @GetMapping
    String page(Actor me, Model model) {
        model.addAttribute("apps", approvals.forAdministrator(me));
        // the region an administrator's opt-out is made for: their own
        List<String> codes = Availability.codes(me.regionPath());
        model.addAttribute("homeRegion", codes.isEmpty() ? null : codes.get(codes.size() - 1));
        return "apps/admin-apps";
    }

    @PostMapping("/{id}/regions/{code}/approve")
    String approve(Actor me, @PathVariable long id, @PathVariable String code, RedirectAttributes redirect) {
        return act(redirect, "apps.app.approvedDone", () -> approvals.approve(me, id, code));
    }

    @PostMapping("/{id}/regions/{code}/refuse")
    String refuse(Actor me, @PathVariable long id, @PathVariable String code,
                  @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return act(redirect, "apps.app.refusedDone", () -> approvals.refuse(me, id, code, reason));
    }

    @PostMapping("/{id}/regions/{code}/approve-changes")
    String approveChanges(Actor me, @PathVariable long id, @PathVariable String code, RedirectAttributes redirect) {
        return act(redirect, "apps.app.changes.approvedDone", () -> changes.approve(me, id, code));
    }

    @PostMapping("/{id}/regions/{code}/refuse-changes")
    String refuseChanges(Actor me, @PathVariable long id, @PathVariable String code,
                         @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return act(redirect, "apps.app.changes.refusedDone", () -> changes.refuse(me, id, code, reason));
    }

    @PostMapping("/{id}/regions/{code}/opt-out")
    String optOut(Actor me, @PathVariable long id, @PathVariable String code, RedirectAttributes redirect) {
        return act(redirect, "apps.app.optedOut", () -> approvals.optOut(me, id, code));
    }

    @PostMapping("/{id}/regions/{code}/opt-in")
    String optIn(Actor me, @PathVariable long id, @PathVariable String code, RedirectAttributes redirect) {
        return act(redirect, "apps.app.optedIn", () -> approvals.optIn(me, id, code));
    }

    @PostMapping("/{id}/schools/{schoolId}/hide")
    String hide(Actor me, @PathVariable long id, @PathVariable long schoolId, RedirectAttributes redirect) {
        return act(redirect, "apps.app.hiddenDone", () -> approvals.hide(me, id, schoolId, true));
    }

    @PostMapping("/{id}/schools/{schoolId}/show")
    String show(Actor me, @PathVariable long id, @PathVariable long schoolId, RedirectAttributes redirect) {
        return act(redirect, "apps.app.shownDone", () -> approvals.hide(me, id, schoolId, false));
    }

    @PostMapping("/{id}/suspend")
    String suspend(Actor me, @PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, "apps.app.suspendedDone", () -> approvals.suspend(me, id));
    }

    @PostMapping("/{id}/reinstate")
    String reinstate(Actor me, @PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, "apps.app.reinstatedDone", () -> approvals.reinstate(me, id));
    }

    private static String act(RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", done);
        } catch (DomainException e) {
            redirect.addFlashAttribute("failed", Refusals.keyOf(e));
        }
        return BACK;
    }
}
