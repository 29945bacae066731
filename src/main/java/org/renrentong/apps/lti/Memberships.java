package org.renrentong.apps.lti;

import static org.renrentong.apps.lti.LtiClaims.*;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.renrentong.apps.PairwiseSubjects;
import org.renrentong.apps.guardian.ChildConsentRules;
import org.renrentong.audit.AuditEvent;
import org.renrentong.audit.AuditLog;
import org.renrentong.audit.PrincipalKind;
import org.renrentong.org.SchoolClass;
import org.renrentong.org.Schools;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Service;

/**
 * The names and roles provisioning service (2.0) for a class: to a tool holding a token with its scope, for a class
 * the tool was launched in, the teachers and students with their roles, each by the tool's pseudonymous id of them;
 * names only as a launch would carry them. Each read is audited as the tool's act on the class.
 */
@Service
class Memberships {

    static final String MEDIA_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";

    private final ServiceTokens tokens;
    private final LtiToolRepository tools;
    private final ClassMemberRepository members;
    private final Schools schools;
    private final PairwiseSubjects subjects;
    private final ChildConsentRules children;
    private final RegisteredClientRepository clients;
    private final AuditLog audit;

    Memberships(ServiceTokens tokens, LtiToolRepository tools, ClassMemberRepository members, Schools schools,
                PairwiseSubjects subjects, ChildConsentRules children, RegisteredClientRepository clients,
                AuditLog audit) {
        this.tokens = tokens;
        this.tools = tools;
        this.members = members;
        this.schools = schools;
        this.subjects = subjects;
        this.children = children;
        this.clients = clients;
        this.audit = audit;
    }

    /** One member; the name is left out where it may not be released. */
    record Member(String status, @JsonProperty("user_id") String userId, List<String> roles,
                  @JsonInclude(JsonInclude.Include.NON_NULL) String name) {
    }

    record Context(String id, String label, String title) {
    }

    record Container(String id, Context context, List<Member> members) {
    }

    Container of(String authorization, long classId, String url) {
        ServiceTokens.Holder holder = tokens.holder(authorization)
                .orElseThrow(() -> new LtiServiceRefused(HttpStatus.UNAUTHORIZED, "invalid_token"));
        LtiTool tool = tools.find(holder.toolId())
                .orElseThrow(() -> new LtiServiceRefused(HttpStatus.UNAUTHORIZED, "invalid_token"));
        if (!holder.scopes().contains(ServiceTokens.NRPS_SCOPE) || !members.wasLaunched(tool.id(), classId)) {
            audit.record(new AuditEvent(PrincipalKind.CLIENT, null, tool.clientId(), null, "LTI_MEMBERS_READ",
                    "lti_tool", String.valueOf(tool.id()), AuditEvent.Result.DENIED, null, null, null, List.of()));
            throw new LtiServiceRefused(HttpStatus.FORBIDDEN, "insufficient_scope");
        }
        SchoolClass schoolClass = schools.schoolClass(classId);
        RegisteredClient app = clients.findByClientId(tool.clientId());
        List<Member> list = members.ofClass(classId).stream().map(m -> new Member("Active",
                subjects.subject("lti:" + tool.clientId(), m.personId()), List.of(m.teacher() ? INSTRUCTOR : LEARNER),
                tool.sendsNames() && children.mayRelease(m.account(), app == null ? null : app.getId(), "profile")
                        ? m.name() : null)).toList();
        audit.record(new AuditEvent(PrincipalKind.CLIENT, null, tool.clientId(), null, "LTI_MEMBERS_READ",
                "lti_tool", String.valueOf(tool.id()), AuditEvent.Result.SUCCESS, schoolClass.regionPath(),
                schoolClass.schoolId(), AuditEvent.detailKeyOf("LTI_MEMBERS_READ"),
                AuditEvent.args(schoolClass.fullName(), list.size())));
        return new Container(url, new Context(String.valueOf(schoolClass.id()), schoolClass.fullName(),
                LaunchTokens.title(schoolClass)), list);
    }
}
