package org.renrentong.apps.lti;

import static org.renrentong.apps.lti.LtiClaims.*;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Role;
import org.renrentong.org.SchoolClass;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/**
 * The signed {@code id_token} of a launch: RS256 with the node's current signing key (its key id in the header, the
 * key published at the JWK set endpoint), carrying the LTI claims of the person, their role in the class and the
 * class as the context. Names only when the launch may carry them.
 */
@Component
class LaunchTokens {

    /** A launch is posted at once; the tool must not accept it later. */
    private static final Duration LIFETIME = Duration.ofMinutes(5);

    private final JwtEncoder encoder;
    private final PickTickets tickets;
    private final String nodeCode;
    private final String nodeName;

    LaunchTokens(JwtEncoder encoder, PickTickets tickets, @Value("${renrentong.node.code}") String nodeCode,
                 @Value("${renrentong.node.name:}") String nodeName) {
        this.encoder = encoder;
        this.tickets = tickets;
        this.nodeCode = nodeCode;
        this.nodeName = nodeName;
    }

    /** What one launch says, beyond the person and the class (a deep-linking request has no resource link). */
    record Launch(String issuer, LtiTool tool, String subject, String nonce, String targetLinkUri,
                  String resourceLinkId, String resourceLinkTitle, boolean withName) {
    }

    /** A teacher picks the tool's content for the class; the tool answers at the return URL with the data. */
    String deepLinking(Launch launch, Actor teacher, SchoolClass schoolClass, String returnUrl) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("deep_link_return_url", returnUrl);
        settings.put("accept_types", List.of("ltiResourceLink"));
        settings.put("accept_presentation_document_targets", List.of("window", "iframe"));
        settings.put("accept_multiple", true);
        settings.put("data", tickets.issue(launch.tool(), teacher, schoolClass.id()));
        return sign(launch, teacher, schoolClass, claims -> {
            claims.claim(MESSAGE_TYPE, DEEP_LINKING_REQUEST);
            claims.claim(DEEP_LINKING_SETTINGS, settings);
        });
    }

    String resourceLink(Launch launch, Actor person, SchoolClass schoolClass) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("id", launch.resourceLinkId());
        link.put("title", launch.resourceLinkTitle());
        return sign(launch, person, schoolClass, claims -> {
            claims.claim(MESSAGE_TYPE, RESOURCE_LINK_REQUEST);
            claims.claim(RESOURCE_LINK, link);
        });
    }

    private String sign(Launch launch, Actor person, SchoolClass schoolClass,
                        java.util.function.Consumer<JwtClaimsSet.Builder> message) {
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(launch.issuer())
                .audience(List.of(launch.tool().clientId()))
                .claim("azp", launch.tool().clientId())
                .subject(launch.subject())
                .issuedAt(now)
                .expiresAt(now.plus(LIFETIME))
                .claim("nonce", launch.nonce())
                .claim(VERSION, "1.3.0")
                .claim(DEPLOYMENT_ID, launch.tool().deploymentId())
                .claim(TARGET_LINK_URI, launch.targetLinkUri())
                .claim(ROLES, List.of(person.is(Role.TEACHER) ? INSTRUCTOR : LEARNER))
                .claim(CONTEXT, context(schoolClass))
                .claim(TOOL_PLATFORM, platform())
                .claim(LAUNCH_PRESENTATION, Map.of("document_target", "window"))
                .claim(NAMES_ROLES, Map.of("context_memberships_url", launch.issuer() + "/lti/classes/"
                        + schoolClass.id() + "/memberships", "service_versions", List.of("2.0")));
        if (launch.withName()) {
            claims.claim("name", person.name());
        }
        message.accept(claims);
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).type("JWT").build();
        return encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
    }

    /** The class as a course title: the school and the class ("育才中学 七年级1班"). */
    static String title(SchoolClass schoolClass) {
        return schoolClass.schoolName() + " " + schoolClass.fullName();
    }

    private static Map<String, Object> context(SchoolClass schoolClass) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("id", String.valueOf(schoolClass.id()));
        context.put("label", schoolClass.fullName());
        context.put("title", title(schoolClass));
        context.put("type", List.of(COURSE_OFFERING));
        return context;
    }

    private Map<String, Object> platform() {
        Map<String, Object> platform = new LinkedHashMap<>();
        platform.put("guid", nodeCode);
        platform.put("name", nodeName.isBlank() ? nodeCode : nodeName);
        platform.put("product_family_code", "renrentong");
        return platform;
    }
}
