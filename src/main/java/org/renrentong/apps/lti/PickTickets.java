package org.renrentong.apps.lti;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.renrentong.identity.Actor;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/**
 * The {@code data} of a deep-linking request: which teacher picks content of which tool for which class, signed by
 * the node. The tool hands it back unchanged with its answer, which comes by a cross-site form post that carries no
 * session of the node; the ticket says who asked, and the answer is taken only for that.
 */
@Component
class PickTickets {

    private static final String AUDIENCE = "renrentong:lti-deep-linking";
    /** Time enough to pick content in the tool. */
    private static final Duration LIFETIME = Duration.ofHours(1);

    private final JwtEncoder encoder;
    private final JwtDecoder decoder;

    PickTickets(JwtEncoder encoder, JwtDecoder decoder) {
        this.encoder = encoder;
        this.decoder = decoder;
    }

    record Ticket(long toolId, long classId, long personId, long grantId) {
    }

    String issue(LtiTool tool, Actor teacher, long classId) {
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder().audience(List.of(AUDIENCE)).issuedAt(now)
                .expiresAt(now.plus(LIFETIME)).subject(String.valueOf(teacher.personId()))
                .claim("grant", teacher.grant().id()).claim("tool", tool.id()).claim("class", classId).build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
    }

    /** The ticket if the node signed it and it is still good; empty for anything else. */
    Optional<Ticket> read(String data) {
        if (data == null || data.isBlank()) {
            return Optional.empty();
        }
        try {
            Jwt jwt = decoder.decode(data);
            if (jwt.getAudience() == null || !jwt.getAudience().contains(AUDIENCE)) {
                return Optional.empty();
            }
            return Optional.of(new Ticket(number(jwt.getClaim("tool")), number(jwt.getClaim("class")),
                    Long.parseLong(jwt.getSubject()), number(jwt.getClaim("grant"))));
        } catch (RuntimeException e) {
            // not the node's signature, expired, or not a ticket's claims (JwtException among them)
            return Optional.empty();
        }
    }

    private static long number(Object claim) {
        return ((Number) claim).longValue();
    }
}
