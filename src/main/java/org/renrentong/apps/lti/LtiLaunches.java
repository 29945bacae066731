package org.renrentong.apps.lti;

import java.net.URI;
import java.util.Optional;
import org.renrentong.apps.PairwiseSubjects;
import org.renrentong.apps.guardian.ChildConsentRules;
import org.renrentong.audit.AuditEvent;
import org.renrentong.audit.AuditLog;
import org.renrentong.audit.PrincipalKind;
import org.renrentong.identity.Actor;
import org.renrentong.org.SchoolClass;
import org.renrentong.org.Schools;
import org.renrentong.shared.DomainException;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * LTI 1.3 launches from a class space. The node starts the tool's third-party login; the tool comes back with an
 * authentication request, which is answered with a signed launch only for a registered tool, at one of its
 * registered URLs, for the person signed in here, who must teach or learn in the class. Each launch and each refusal
 * is audited.
 */
@Service
public class LtiLaunches {

    static final String LAUNCH = "LTI_LAUNCH";

    private final LtiToolRepository tools;
    private final LtiLinkRepository links;
    private final ClassMemberRepository contexts;
    private final Schools schools;
    private final PairwiseSubjects subjects;
    private final ChildConsentRules children;
    private final RegisteredClientRepository clients;
    private final LaunchTokens tokens;
    private final ToolAvailability availability;
    private final AuditLog audit;

    LtiLaunches(LtiToolRepository tools, LtiLinkRepository links, ClassMemberRepository contexts, Schools schools,
                PairwiseSubjects subjects, ChildConsentRules children, RegisteredClientRepository clients,
                LaunchTokens tokens, ToolAvailability availability, AuditLog audit) {
        this.availability = availability;
        this.tools = tools;
        this.links = links;
        this.contexts = contexts;
        this.schools = schools;
        this.subjects = subjects;
        this.children = children;
        this.clients = clients;
        this.tokens = tokens;
        this.audit = audit;
    }

    /** The tool's OIDC login initiation URL for this person and target (the node's part of the third-party login). */
    public URI start(Actor me, long toolId, LaunchHint hint, String issuer) {
        LtiTool tool = tools.find(toolId).orElseThrow(() -> DomainException.notFound("lti.tool.notFound"));
        Target target = target(tool, hint);
        if (target == null) {
            throw DomainException.notFound("lti.link.notFound");
        }
        if (!LtiPolicy.launches(me, target.classId(), target.pick()) || !availability.opensIn(tool, target.classId())) {
            audit.record(refused(me, tool, target.classId()));
            throw DomainException.forbidden();
        }
        return UriComponentsBuilder.fromUriString(tool.loginUrl())
                .queryParam("iss", issuer)
                .queryParam("login_hint", subject(tool, me))
                .queryParam("target_link_uri", target.uri())
                .queryParam("lti_message_hint", hint.toString())
                .queryParam("client_id", tool.clientId())
                .queryParam("lti_deployment_id", tool.deploymentId())
                .encode().build().toUri();
    }

    /**
     * Answers the tool's authentication request. An unknown client or an unregistered redirect gets a page of its
     * own (nothing may be posted to an unchecked URL); anything else wrong goes back to the tool as the protocol's
     * error.
     */
    public LaunchPost authorize(Actor me, LaunchRequest request, String issuer) {
        Optional<LtiTool> known = request.clientId() == null ? Optional.empty() : tools.byClientId(request.clientId());
        boolean registered = known.isPresent() && (known.get().mayReceiveAt(request.redirectUri())
                || request.redirectUri() != null && links.placedAt(known.get().id(), request.redirectUri()));
        if (!registered) {
            String reason = known.isEmpty() ? "lti.launch.unknownClient" : "lti.launch.unknownRedirect";
            audit.record(new AuditEvent(PrincipalKind.CLIENT, null, truncate(request.clientId()), null, LAUNCH,
                    "lti_tool", null, AuditEvent.Result.FAILURE, null, null, reason,
                    AuditEvent.args(truncate(request.redirectUri()))));
            throw DomainException.invalid(reason);
        }
        LtiTool tool = known.get();
        String to = request.redirectUri();
        if (!"id_token".equals(request.responseType())) {
            return LaunchPost.error(to, "unsupported_response_type", "response_type must be id_token",
                    request.state());
        }
        if (request.scope() == null || !(" " + request.scope() + " ").contains(" openid ")
                || !"form_post".equals(request.responseMode()) || blank(request.nonce())) {
            return LaunchPost.error(to, "invalid_request", "scope openid, response_mode form_post and a nonce",
                    request.state());
        }
        if (me == null || !subject(tool, me).equals(request.loginHint())) {
            return LaunchPost.error(to, "login_required", "the person who started the launch is not signed in",
                    request.state());
        }
        LaunchHint hint = LaunchHint.parse(request.messageHint());
        Target target = hint == null ? null : target(tool, hint);
        if (target == null) {
            return LaunchPost.error(to, "invalid_request", "lti_message_hint", request.state());
        }
        if (!LtiPolicy.launches(me, target.classId(), target.pick())) {
            audit.record(refused(me, tool, target.classId()));
            return LaunchPost.error(to, "access_denied", "not a teacher or student of the class", request.state());
        }
        if (!availability.opensIn(tool, target.classId())) {
            audit.record(refused(me, tool, target.classId()));
            return LaunchPost.error(to, "access_denied", "the tool is not offered at the class's school",
                    request.state());
        }
        SchoolClass schoolClass = schools.schoolClass(target.classId());
        var launch = new LaunchTokens.Launch(issuer, tool, subject(tool, me), request.nonce(), target.uri(),
                target.resourceLinkId(), target.title(), withName(me, tool));
        String idToken = target.pick() ? tokens.deepLinking(launch, me, schoolClass, issuer + DeepLinkReturns.PATH)
                : tokens.resourceLink(launch, me, schoolClass);
        contexts.launched(tool.id(), schoolClass.id());
        audit.record(me.audited(LAUNCH, "lti_tool", tool.id(), schoolClass.regionPath(), schoolClass.schoolId(),
                target.title(), schoolClass.fullName()));
        return LaunchPost.launch(to, idToken, request.state());
    }

    /** What a hint launches: in which class, at which URL of the tool, as which resource link; null if none. */
    private record Target(long classId, String uri, String resourceLinkId, String title, boolean pick) {
    }

    private Target target(LtiTool tool, LaunchHint hint) {
        return switch (hint.kind()) {
            case CLASS -> new Target(hint.id(), tool.targetLinkUri(), "class-" + hint.id() + "-tool-" + tool.id(),
                    tool.name(), false);
            case PICK -> tool.deepLinks() ? new Target(hint.id(), tool.deepLinkingUrl(), null, tool.name(), true)
                    : null;
            case LINK -> links.find(hint.id()).filter(l -> l.toolId() == tool.id())
                    .map(l -> new Target(l.classId(), l.url() == null ? tool.targetLinkUri() : l.url(),
                            "link-" + l.id(), l.title(), false))
                    .orElse(null);
        };
    }

    /** A class's teachers and students launch; only its teachers pick content to place in it. */

    /** The tool's pseudonymous id of the person: its own, unlike any app's or other tool's. */
    String subject(LtiTool tool, Actor me) {
        return subjects.subject("lti:" + tool.clientId(), me.personId());
    }

    /** A name only for a tool that asks for names, and for a child only with a guardian's consent. */
    private boolean withName(Actor me, LtiTool tool) {
        if (!tool.sendsNames()) {
            return false;
        }
        RegisteredClient app = clients.findByClientId(tool.clientId());
        return children.mayRelease(me.account(), app == null ? null : app.getId(), "profile");
    }

    /** A person outside the class: kept where the person belongs, as the class may not even exist. */
    private static AuditEvent refused(Actor me, LtiTool tool, long classId) {
        return me.audited(LAUNCH, "lti_tool", tool.id(), me.regionPath(), me.schoolId())
                .withResult(AuditEvent.Result.DENIED).withDetail("lti.launch.notInClass", tool.name(), classId);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String truncate(String value) {
        return value == null || value.length() <= 200 ? value : value.substring(0, 200);
    }
}
