package org.renrentong.apps.lti;

import jakarta.servlet.http.HttpServletRequest;
import org.renrentong.identity.Actor;
import org.renrentong.identity.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A class's tools (a card on the class space), the start of a launch (to the tool's login initiation) and the node's
 * LTI authorization endpoint, where the tool sends the person back and gets the signed launch by form post.
 */
@Controller
class LtiLaunchController {

    static final String AUTHORIZE = "/lti/authorize";

    private final LtiTools tools;
    private final LtiLaunches launches;
    private final CurrentActor currentActor;

    LtiLaunchController(LtiTools tools, LtiLaunches launches, CurrentActor currentActor) {
        this.tools = tools;
        this.launches = launches;
        this.currentActor = currentActor;
    }

    @GetMapping("/lti/classes/{classId}/tools")
    String card(Actor me, @PathVariable long classId, Model model) {
        model.addAttribute("classTools", tools.forClass(me, classId));
        return "apps/lti-class-tools :: card";
    }

    /** A tool, a placed link ({@code link}) or, for a teacher, the tool's content picker ({@code pick}). */
    @GetMapping("/lti/launch")
    String launch(Actor me, @RequestParam long tool, @RequestParam("class") long classId,
                  @RequestParam(required = false) Long link, @RequestParam(defaultValue = "false") boolean pick,
                  HttpServletRequest request) {
        LaunchHint hint = link != null ? LaunchHint.link(link) : pick ? LaunchHint.pick(classId)
                : LaunchHint.tool(classId);
        return "redirect:" + launches.start(me, tool, hint, issuer(request));
    }

    /** The tool may send the request by GET or POST (IMS Security Framework 5.1.1.2). */
    @RequestMapping(value = AUTHORIZE, method = {RequestMethod.GET, RequestMethod.POST})
    String authorize(@RequestParam(name = "client_id", required = false) String clientId,
                     @RequestParam(name = "redirect_uri", required = false) String redirectUri,
                     @RequestParam(name = "response_type", required = false) String responseType,
                     @RequestParam(name = "response_mode", required = false) String responseMode,
                     @RequestParam(required = false) String scope,
                     @RequestParam(required = false) String nonce,
                     @RequestParam(required = false) String state,
                     @RequestParam(name = "login_hint", required = false) String loginHint,
                     @RequestParam(name = "lti_message_hint", required = false) String messageHint,
                     HttpServletRequest request, Model model) {
        LaunchRequest launch = new LaunchRequest(clientId, redirectUri, responseType, responseMode, scope, nonce,
                state, loginHint, messageHint);
        model.addAttribute("post", launches.authorize(currentActor.of(request), launch, issuer(request)));
        return "apps/lti-post";
    }

    /** The node's issuer as tools know it: its own address, as for the OpenID Connect provider. */
    static String issuer(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
    }
}
