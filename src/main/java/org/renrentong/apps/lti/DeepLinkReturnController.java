package org.renrentong.apps.lti;

import jakarta.servlet.http.HttpServletRequest;
import org.renrentong.identity.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where the tool's page posts its deep-linking answer (the {@code JWT} form field). The post comes from the tool's
 * site, so it carries neither the node's session nor a CSRF token: the answer proves itself (see
 * {@link DeepLinkReturns}). The answer is a redirect, not a page: a page would start a session of its own and
 * replace the teacher's in the browser; the page after the redirect is a same-site visit with the teacher's session.
 */
@Controller
class DeepLinkReturnController {

    private final DeepLinkReturns returns;
    private final LtiTools tools;

    DeepLinkReturnController(DeepLinkReturns returns, LtiTools tools) {
        this.returns = returns;
        this.tools = tools;
    }

    @PostMapping(DeepLinkReturns.PATH)
    String placed(@RequestParam(name = "JWT", required = false) String jwt, HttpServletRequest request) {
        DeepLinkReturns.Placed placed = returns.accept(jwt, LtiLaunchController.issuer(request));
        return "redirect:" + UriComponentsBuilder.fromPath("/lti/classes/{id}/placed")
                .queryParam("count", placed.count()).buildAndExpand(placed.classId()).toUriString();
    }

    @GetMapping("/lti/classes/{classId}/placed")
    String placedPage(Actor me, @PathVariable long classId, @RequestParam(defaultValue = "0") int count,
                      Model model) {
        model.addAttribute("schoolClass", tools.placing(me, classId));
        model.addAttribute("count", Math.max(0, Math.min(count, DeepLinkReturns.MAX_ITEMS)));
        return "apps/lti-placed";
    }
}
