package org.renrentong.apps.lti;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.renrentong.audit.AuditEvent;
import org.renrentong.audit.AuditLog;
import org.renrentong.audit.PrincipalKind;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Service;

/**
 * Access tokens for LTI services (OAuth 2 client credentials, IMS Security Framework 4.1): the tool proves itself by
 * a client assertion JWT signed with its own key, addressed to this token endpoint; it gets a node-signed token for
 * the scopes it asked that the node offers (names and roles only, for now).
 */
@Service
class ServiceTokens {

    static final String PATH = "/lti/token";
    static final String NRPS_SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
    private static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private static final String AUDIENCE = "renrentong:lti-services";
    private static final Duration LIFETIME = Duration.ofHours(1);

    private final LtiToolRepository tools;
    private final JwtEncoder encoder;
    private final JwtDecoder decoder;
    private final SeenAssertions seen;
    private final AuditLog audit;

    ServiceTokens(LtiToolRepository tools, JwtEncoder encoder, JwtDecoder decoder, SeenAssertions seen,
                  AuditLog audit) {
        this.seen = seen;
        this.tools = tools;
        this.encoder = encoder;
        this.decoder = decoder;
        this.audit = audit;
    }

    record Granted(@JsonProperty("access_token") String accessToken, @JsonProperty("token_type") String tokenType,
                   @JsonProperty("expires_in") long expiresIn, String scope) {
    }

    /** The tool a valid access token was issued to, with its scopes. */
    record Holder(long toolId, Set<String> scopes) {
    }

    Granted issue(String grantType, String assertionType, String assertion, String scope, String tokenUrl) {
        if (!"client_credentials".equals(grantType)) {
            throw new LtiServiceRefused(HttpStatus.BAD_REQUEST, "unsupported_grant_type");
        }
        if (!ASSERTION_TYPE.equals(assertionType) || assertion == null) {
            throw new LtiServiceRefused(HttpStatus.UNAUTHORIZED, "invalid_client");
        }
        SignedJWT jwt;
        String clientId;
        try {
            jwt = SignedJWT.parse(assertion);
            clientId = jwt.getJWTClaimsSet().getIssuer();
        } catch (ParseException e) {
            throw new LtiServiceRefused(HttpStatus.UNAUTHORIZED, "invalid_client");
        }
        LtiTool tool = clientId == null ? null : tools.byClientId(clientId).orElse(null);
        JWTClaimsSet claims = tool == null ? null
                : ToolAssertions.verified(jwt, tool, tokenUrl, Set.of("exp", "iat", "sub", "jti"));
        // an assertion is good for one token: the same one sent again (a replay) is no proof of the tool
        if (claims == null || !clientId.equals(claims.getSubject())
                || !seen.firstSeen(tool, "jti", claims.getJWTID(), claims.getExpirationTime())) {
            audit.record(new AuditEvent(PrincipalKind.CLIENT, null, clientId == null ? null
                    : clientId.substring(0, Math.min(clientId.length(), 100)), null, "LTI_TOKEN", "lti_tool", null,
                    AuditEvent.Result.FAILURE, null, null, null, List.of()));
            throw new LtiServiceRefused(HttpStatus.UNAUTHORIZED, "invalid_client");
        }
        if (scope == null || !Set.of(scope.split(" ")).contains(NRPS_SCOPE)) {
            throw new LtiServiceRefused(HttpStatus.BAD_REQUEST, "invalid_scope");
        }
        Instant now = Instant.now();
        JwtClaimsSet token = JwtClaimsSet.builder().audience(List.of(AUDIENCE)).subject(tool.clientId())
                .issuedAt(now).expiresAt(now.plus(LIFETIME)).claim("tool", tool.id()).claim("scope", NRPS_SCOPE)
                .build();
        String value = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(),
                token)).getTokenValue();
        return new Granted(value, "Bearer", LIFETIME.toSeconds(), NRPS_SCOPE);
    }

    /** The holder of a bearer token the node issued for LTI services and that is still good; empty otherwise. */
    Optional<Holder> holder(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return Optional.empty();
        }
        try {
            Jwt jwt = decoder.decode(authorization.substring("Bearer ".length()).strip());
            if (jwt.getAudience() == null || !jwt.getAudience().contains(AUDIENCE)) {
                return Optional.empty();
            }
            return Optional.of(new Holder(((Number) jwt.getClaim("tool")).longValue(),
                    Set.of(String.valueOf(jwt.getClaimAsString("scope")).split(" "))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
