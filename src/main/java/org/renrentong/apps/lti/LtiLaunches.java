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
    /** The {@code lti_message_hint}: which class a launch is for; re-checked when the tool comes back. */
    private static final String CLASS_HINT = "class:";

    private final LtiToolRepository tools;
    private final Schools schools;
    private final PairwiseSubjects subjects;
    private final ChildConsentRules children;
    private final RegisteredClientRepository clients;
    private final LaunchTokens tokens;
    private final AuditLog audit;

    LtiLaunches(LtiToolRepository tools, Schools schools, PairwiseSubjects subjects, ChildConsentRules children,
                RegisteredClientRepository clients, LaunchTokens tokens, AuditLog audit) {
        this.tools = tools;
        this.schools = schools;
        this.subjects = subjects;
        this.children = children;
        this.clients = clients;
        this.tokens = tokens;
        this.audit = audit;
    }

    /** The tool's OIDC login initiation URL for this person and class (the node's part of the third-party login). */
    public URI start(Actor me, long toolId, long classId, String issuer) {
        LtiTool tool = tools.find(toolId).orElseThrow(() -> DomainException.notFound("lti.tool.notFound"));
        if (!LtiTools.launchesIn(me, classId)) {
            audit.record(refused(me, tool, classId));
            throw DomainException.forbidden();
        }
        return UriComponentsBuilder.fromUriString(tool.loginUrl())
                .queryParam("iss", issuer)
                .queryParam("login_hint", subject(tool, me))
                .queryParam("target_link_uri", tool.targetLinkUri())
                .queryParam("lti_message_hint", CLASS_HINT + classId)
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
        if (known.isEmpty() || !known.get().mayReceiveAt(request.redirectUri())) {
            audit.record(new AuditEvent(PrincipalKind.CLIENT, null, truncate(request.clientId()), null, LAUNCH,
                    "lti_tool", null, AuditEvent.Result.FAILURE, null, null,
                    known.isEmpty() ? "lti.launch.unknownClient" : "lti.launch.unknownRedirect",
                    AuditEvent.args(truncate(request.redirectUri()))));
            throw DomainException.invalid(known.isEmpty() ? "lti.launch.unknownClient" : "lti.launch.unknownRedirect");
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
        Long classId = classOf(request.messageHint());
        if (classId == null) {
            return LaunchPost.error(to, "invalid_request", "lti_message_hint", request.state());
        }
        if (!LtiTools.launchesIn(me, classId)) {
            audit.record(refused(me, tool, classId));
            return LaunchPost.error(to, "access_denied", "not a member of the class", request.state());
        }
        SchoolClass schoolClass = schools.schoolClass(classId);
        var launch = new LaunchTokens.Launch(issuer, tool, subject(tool, me), request.nonce(), to,
                "class-" + classId + "-tool-" + tool.id(), tool.name(), withName(me, tool));
        String idToken = tokens.resourceLink(launch, me, schoolClass);
        audit.record(me.audited(LAUNCH, "lti_tool", tool.id(), schoolClass.regionPath(), schoolClass.schoolId(),
                tool.name(), schoolClass.fullName()));
        return LaunchPost.launch(to, idToken, request.state());
    }

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

    private static Long classOf(String hint) {
        if (hint == null || !hint.startsWith(CLASS_HINT)) {
            return null;
        }
        try {
            return Long.parseLong(hint.substring(CLASS_HINT.length()));
        } catch (NumberFormatException e) {
            return null;
        }
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
