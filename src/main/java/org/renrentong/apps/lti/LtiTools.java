package org.renrentong.apps.lti;

import com.nimbusds.jose.jwk.RSAKey;
import java.net.URI;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.renrentong.apps.catalogue.App;
import org.renrentong.apps.catalogue.Apps;
import org.renrentong.audit.AuditLog;
import org.renrentong.identity.Actor;
import org.renrentong.org.SchoolClass;
import org.renrentong.org.Schools;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** LTI tools registered at the node: registered and listed by the platform administrator, opened by classes. */
@Service
public class LtiTools {

    static final int NAME_MAX = 100;
    static final int URL_MAX = 1000;

    private final LtiToolRepository repository;
    private final LtiLinkRepository links;
    private final Schools schools;
    private final Apps apps;
    private final ToolAvailability availability;
    private final AuditLog audit;

    LtiTools(LtiToolRepository repository, LtiLinkRepository links, Schools schools, Apps apps,
             ToolAvailability availability, AuditLog audit) {
        this.repository = repository;
        this.links = links;
        this.schools = schools;
        this.apps = apps;
        this.availability = availability;
        this.audit = audit;
    }

    @Transactional
    public LtiTool register(Actor me, LtiToolForm form) {
        LtiPolicy.requireAdministers(me);
        LtiToolForm tool = checked(form);
        if (repository.clientIdTaken(tool.clientId())) {
            throw DomainException.conflict("lti.tool.clientId.taken");
        }
        long id = repository.insert(tool, null, me.personId());
        audit.record(me.audited("LTI_TOOL_REGISTERED", "lti_tool", id, null, null, tool.name()));
        return repository.find(id).orElseThrow();
    }

    /**
     * The provider describes the LTI 1.3 side of its app (again, to change it): where launches start and go and how
     * its signatures are checked. The node issues the client id and the deployment; the tool opens wherever the app
     * is offered, after the same vetting and approval as any app.
     */
    @Transactional
    public LtiTool describeForApp(Actor me, long appId, LtiToolForm form) {
        App app = apps.get(me, appId);
        LtiPolicy.requireProvider(me);
        LtiToolForm given = form == null ? LtiToolForm.empty() : form;
        LtiToolForm tool = checked(new LtiToolForm(app.name(), "lti-app-" + appId, "app-" + appId, given.loginUrl(),
                given.targetLinkUri(), given.deepLinkingUrl(), given.jwksUrl(), given.publicKey(), given.sendsNames()));
        Optional<LtiTool> before = repository.ofApp(appId);
        if (before.isEmpty() && repository.clientIdTaken(tool.clientId())) {
            throw DomainException.conflict("lti.tool.clientId.taken");
        }
        long id = before.map(LtiTool::id).orElse(0L);
        if (before.isPresent()) {
            repository.update(id, tool);
        } else {
            id = repository.insert(tool, appId, me.personId());
        }
        audit.record(me.audited(before.isPresent() ? "LTI_TOOL_CHANGED" : "LTI_TOOL_REGISTERED", "lti_tool", id,
                null, null, tool.name()));
        return repository.find(id).orElseThrow();
    }

    /** The LTI side of the app, if its provider described one: for the provider and administrators. */
    public Optional<LtiTool> ofApp(Actor me, long appId) {
        apps.get(me, appId);
        return repository.ofApp(appId);
    }

    public List<LtiTool> list(Actor me) {
        LtiPolicy.requireAdministers(me);
        return repository.all();
    }

    /**
     * What the class space offers the reader: every registered tool for now and the content placed in the class,
     * for its teachers and students; nothing for anyone else. Teachers place content through deep linking.
     */
    public ClassTools forClass(Actor me, long classId) {
        if (!LtiPolicy.launchesIn(me, classId)) {
            return ClassTools.none(classId);
        }
        List<LtiTool> offered = availability.offeredIn(repository.all(), classId);
        Set<Long> open = offered.stream().map(LtiTool::id).collect(Collectors.toSet());
        return new ClassTools(classId, offered, links.ofClass(classId).stream().filter(l -> open.contains(l.toolId()))
                .toList(), LtiPolicy.places(me, classId));
    }

    /** The class a teacher places content in (the page after a deep-linking answer); refused to anyone else. */
    public SchoolClass placing(Actor me, long classId) {
        if (!LtiPolicy.places(me, classId)) {
            throw DomainException.forbidden();
        }
        return schools.schoolClass(classId);
    }

    private static LtiToolForm checked(LtiToolForm form) {
        if (form == null) {
            throw DomainException.invalid("lti.tool.name.required");
        }
        String name = text(form.name(), NAME_MAX, "lti.tool.name");
        String clientId = text(form.clientId(), NAME_MAX, "lti.tool.clientId");
        String deployment = text(form.deploymentId(), NAME_MAX, "lti.tool.deploymentId");
        String login = url(form.loginUrl(), true, "lti.tool.loginUrl");
        String target = url(form.targetLinkUri(), true, "lti.tool.targetLinkUri");
        String deepLinking = url(form.deepLinkingUrl(), false, "lti.tool.deepLinkingUrl");
        String jwks = url(form.jwksUrl(), false, "lti.tool.jwksUrl");
        String key = blankToNull(form.publicKey());
        if (jwks == null && key == null) {
            throw DomainException.invalid("lti.tool.key.required");
        }
        if (key != null) {
            try {
                RSAKey.parse(key);
            } catch (ParseException | RuntimeException e) {
                throw DomainException.invalid("lti.tool.publicKey.invalid");
            }
        }
        return new LtiToolForm(name, clientId, deployment, login, target, deepLinking, jwks, key,
                Boolean.TRUE.equals(form.sendsNames()));
    }

    private static String text(String value, int max, String field) {
        String v = blankToNull(value);
        if (v == null) {
            throw DomainException.invalid(field + ".required");
        }
        if (v.length() > max) {
            throw DomainException.invalid(field + ".tooLong", max);
        }
        return v;
    }

    /** An absolute http(s) URL without a fragment, as the LTI specification asks of every registered URL. */
    private static String url(String value, boolean required, String field) {
        String v = blankToNull(value);
        if (v == null) {
            if (required) {
                throw DomainException.invalid(field + ".required");
            }
            return null;
        }
        try {
            URI uri = new URI(v);
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            if (!web || uri.getHost() == null || uri.getFragment() != null || v.length() > URL_MAX) {
                throw DomainException.invalid(field + ".invalid");
            }
            return v;
        } catch (java.net.URISyntaxException e) {
            throw DomainException.invalid(field + ".invalid");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
