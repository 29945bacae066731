package org.renrentong.apps.lti;

import static org.renrentong.apps.lti.LtiClaims.*;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.renrentong.audit.AuditEvent;
import org.renrentong.audit.AuditLog;
import org.renrentong.audit.PrincipalKind;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Actors;
import org.renrentong.org.SchoolClass;
import org.renrentong.org.Schools;
import org.renrentong.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tool's answer to a deep-linking request: a JWT signed by the tool (checked with its JWK set or public key),
 * addressed to this node, carrying the node's own ticket of the teacher and class. Its resource links are placed in
 * the class space, all or none, if the teacher still teaches the class. Anything else is refused, audited.
 */
@Service
class DeepLinkReturns {

    static final String PATH = "/lti/deep-links/return";
    static final int MAX_ITEMS = 20;
    private static final int TITLE_MAX = 200;
    private static final int TEXT_MAX = 1000;

    private final LtiToolRepository tools;
    private final LtiLinkRepository links;
    private final PickTickets tickets;
    private final Actors actors;
    private final Schools schools;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final SeenAssertions seen;

    DeepLinkReturns(LtiToolRepository tools, LtiLinkRepository links, PickTickets tickets, Actors actors,
                    Schools schools, SeenAssertions seen, AuditLog audit, TransactionTemplate transactions) {
        this.seen = seen;
        this.tools = tools;
        this.links = links;
        this.tickets = tickets;
        this.actors = actors;
        this.schools = schools;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** What was placed, for the page the teacher sees. */
    record Placed(long classId, int count) {
    }

    Placed accept(String jwt, String issuer) {
        LtiTool tool = null;
        try {
            SignedJWT response = SignedJWT.parse(jwt == null ? "" : jwt);
            String clientId = response.getJWTClaimsSet().getIssuer();
            tool = clientId == null ? null : tools.byClientId(clientId).orElse(null);
            if (tool == null) {
                throw DomainException.invalid("lti.deepLink.unknownTool");
            }
            LtiTool known = tool;
            JWTClaimsSet claims = verified(response, known, issuer);
            if (!seen.firstSeen(known, "nonce", text(claims.getClaim("nonce")), claims.getExpirationTime())) {
                throw DomainException.invalid("lti.deepLink.replayed");
            }
            PickTickets.Ticket ticket = tickets.read(text(claims.getClaim(DATA)))
                    .filter(t -> t.toolId() == known.id())
                    .orElseThrow(() -> DomainException.invalid("lti.deepLink.invalid"));
            Actor teacher = actors.load(ticket.personId(), ticket.grantId());
            if (!LtiPolicy.places(teacher, ticket.classId())) {
                throw DomainException.invalid("lti.deepLink.notTeacher");
            }
            return place(known, teacher, schools.schoolClass(ticket.classId()), items(claims));
        } catch (java.text.ParseException e) {
            throw refused(tool, "lti.deepLink.invalid");
        } catch (DomainException e) {
            throw refused(tool, e.messageKey());
        }
    }

    /** The tool's signature, this node as the audience, the tool as the issuer, and an LTI deep-linking answer. */
    private static JWTClaimsSet verified(SignedJWT response, LtiTool tool, String issuer) {
        JWTClaimsSet claims = ToolAssertions.verified(response, tool, issuer, Set.of("exp", "iat", "nonce"));
        if (claims == null || !DEEP_LINKING_RESPONSE.equals(claims.getClaim(MESSAGE_TYPE))
                || !"1.3.0".equals(claims.getClaim(VERSION))
                || !tool.deploymentId().equals(claims.getClaim(DEPLOYMENT_ID))) {
            throw DomainException.invalid("lti.deepLink.invalid");
        }
        return claims;
    }

    /** The resource links among the content items, each with a title and, if any, an http(s) URL. */
    private static List<Map<?, ?>> items(JWTClaimsSet claims) {
        if (!(claims.getClaim(CONTENT_ITEMS) instanceof List<?> all) || all.size() > MAX_ITEMS) {
            throw DomainException.invalid("lti.deepLink.items", MAX_ITEMS);
        }
        List<Map<?, ?>> items = all.stream().filter(Map.class::isInstance).<Map<?, ?>>map(i -> (Map<?, ?>) i)
                .filter(i -> "ltiResourceLink".equals(i.get("type"))).toList();
        for (Map<?, ?> item : items) {
            String title = text(item.get("title"));
            String url = text(item.get("url"));
            boolean webUrl = url == null || url.length() <= 1000 && (url.startsWith("https://") || url.startsWith("http://"));
            if (title == null || title.isBlank() || title.length() > TITLE_MAX || !webUrl) {
                throw DomainException.invalid("lti.deepLink.items", MAX_ITEMS);
            }
        }
        return items;
    }

    private Placed place(LtiTool tool, Actor teacher, SchoolClass schoolClass, List<Map<?, ?>> items) {
        transactions.executeWithoutResult(tx -> {
            for (Map<?, ?> item : items) {
                String text = text(item.get("text"));
                links.insert(tool.id(), schoolClass.id(), text(item.get("title")).strip(), text(item.get("url")),
                        text == null || text.length() <= TEXT_MAX ? text : text.substring(0, TEXT_MAX),
                        teacher.personId());
            }
            audit.record(teacher.audited("LTI_CONTENT_PLACED", "lti_tool", tool.id(), schoolClass.regionPath(),
                    schoolClass.schoolId(), tool.name(), schoolClass.fullName(), items.size()));
        });
        return new Placed(schoolClass.id(), items.size());
    }

    private DomainException refused(LtiTool tool, String reason) {
        audit.record(new AuditEvent(PrincipalKind.CLIENT, null, tool == null ? null : tool.clientId(), null,
                "LTI_CONTENT_PLACED", "lti_tool", tool == null ? null : String.valueOf(tool.id()),
                AuditEvent.Result.FAILURE, null, null, reason, List.of()));
        return DomainException.invalid(reason, MAX_ITEMS);
    }

    private static String text(Object value) {
        return value instanceof String s ? s : null;
    }
}
