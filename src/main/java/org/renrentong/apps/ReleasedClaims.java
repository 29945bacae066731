package org.renrentong.apps;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.renrentong.apps.usage.AppUse;
import org.renrentong.audit.AuditEvent;
import org.renrentong.audit.AuditLog;
import org.renrentong.audit.PrincipalKind;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Actors;
import org.renrentong.org.School;
import org.renrentong.org.Schools;
import org.renrentong.region.Region;
import org.renrentong.region.Regions;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenClaimsContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What an app learns of a person, by the scopes it was granted. Every token names the person by a pairwise
 * subject (an id of the app's own, so two apps cannot join what they know); {@code profile} adds the name,
 * {@code role} the role, {@code organisation} the school or bureau with its code, {@code region} the region code.
 * Every access token issued and every userinfo read is recorded in the audit log as the app's act on the person.
 */
@Component
class ReleasedClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    static final String ROLE = "role";
    static final String ORGANISATION = "organisation";
    static final String REGION = "region";

    private final Actors actors;
    private final Schools schools;
    private final Regions regions;
    private final AuditLog audit;
    private final RegisteredClientRepository clients;
    private final AppUse use;
    private final PairwiseSubjects subjects;

    ReleasedClaims(Actors actors, Schools schools, Regions regions, AuditLog audit,
                   @Lazy RegisteredClientRepository clients, AppUse use, PairwiseSubjects subjects) {
        this.actors = actors;
        this.schools = schools;
        this.regions = regions;
        this.audit = audit;
        this.clients = clients;
        this.use = use;
        this.subjects = subjects;
    }

    /** ID tokens: the pairwise subject and the claims of the granted scopes. */
    @Override
    public void customize(JwtEncodingContext context) {
        if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
            Actor actor = signedIn(context.getPrincipal().getName(), OAuth2ErrorCodes.INVALID_GRANT);
            context.getClaims().subject(subject(context.getRegisteredClient().getId(), actor.personId()))
                    .claims(claims -> claims.putAll(scoped(actor, context.getAuthorizedScopes())));
        }
    }

    /** Access tokens (references, see {@link ReferenceAccessTokens}): the pairwise subject; each one is recorded. */
    void accessToken(OAuth2TokenClaimsContext context) {
        String client = context.getRegisteredClient().getId();
        Actor actor = signedIn(context.getPrincipal().getName(), OAuth2ErrorCodes.INVALID_GRANT);
        context.getClaims().subject(subject(client, actor.personId()));
        recordFor(actor, context.getRegisteredClient().getClientId(), "TOKEN_ISSUED", context.getAuthorizedScopes());
        use.tokenIssued(client, actor, subject(client, actor.personId()), context.getAuthorizedScopes(),
                AuthorizationGrantType.AUTHORIZATION_CODE.equals(context.getAuthorizationGrantType()));
    }

    /** Each token and each userinfo read is the app's act on the person, kept where the person's school reads it. */
    private void recordFor(Actor person, String clientId, String action, Set<String> scopes) {
        audit.record(new AuditEvent(PrincipalKind.CLIENT, null, clientId, null, action, "person",
                String.valueOf(person.personId()), AuditEvent.Result.SUCCESS, person.regionPath(), person.schoolId(),
                AuditEvent.detailKeyOf(action), AuditEvent.args(String.join(" ", new TreeSet<>(scopes)))));
    }

    /** The userinfo answer: the same claims as the ID token, read afresh. */
    OidcUserInfo userInfo(OidcUserInfoAuthenticationContext context) {
        OAuth2Authorization authorization = context.getAuthorization();
        Actor actor = signedIn(authorization.getPrincipalName(), OAuth2ErrorCodes.INVALID_TOKEN);
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", subject(authorization.getRegisteredClientId(), actor.personId()));
        claims.putAll(scoped(actor, authorization.getAuthorizedScopes()));
        RegisteredClient client = clients.findById(authorization.getRegisteredClientId());
        recordFor(actor, client == null ? authorization.getRegisteredClientId() : client.getClientId(),
                "USERINFO_READ", authorization.getAuthorizedScopes());
        return new OidcUserInfo(claims);
    }

    /**
     * The person behind a grant; one disabled since gets the protocol's error, not a server error. Read once per
     * request: the access token and the ID token of one token request name the same person.
     */
    private Actor signedIn(String account, String error) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String key = ReleasedClaims.class.getName() + ".actor." + account;
        if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Actor read) {
            return read;
        }
        Actor actor = actors.ofAccount(account).orElseThrow(() -> new OAuth2AuthenticationException(error));
        if (request != null) {
            request.setAttribute(key, actor, RequestAttributes.SCOPE_REQUEST);
        }
        return actor;
    }

    private Map<String, Object> scoped(Actor actor, Set<String> scopes) {
        Map<String, Object> claims = new LinkedHashMap<>();
        if (scopes.contains("profile")) {
            claims.put("name", actor.name());
        }
        if (scopes.contains(ROLE)) {
            claims.put(ROLE, actor.role().name());
        }
        if (scopes.contains(ORGANISATION)) {
            Map<String, String> organisation = organisation(actor);
            if (organisation != null) {
                claims.put(ORGANISATION, organisation);
            }
        }
        if (scopes.contains(REGION) && regionCode(actor) != null) {
            claims.put(REGION, regionCode(actor));
        }
        return claims;
    }

    /** A plain map: the ID token's claims are stored with the authorization, as JSON of allowed types only. */
    private Map<String, String> organisation(Actor actor) {
        if (actor.schoolId() != null) {
            School school = schools.get(actor.schoolId());
            return organisation("school", school.code() == null ? "" : school.code(), school.name());
        }
        String code = regionCode(actor);
        if (code == null) {
            return null;
        }
        Region region = regions.get(code);
        return organisation("bureau", region.code(), region.name());
    }

    private static Map<String, String> organisation(String type, String code, String name) {
        Map<String, String> organisation = new LinkedHashMap<>();
        organisation.put("type", type);
        organisation.put("code", code);
        organisation.put("name", name);
        return organisation;
    }

    /** The innermost region of the actor's place ("/130000/130100/130102/" → 130102). */
    private static String regionCode(Actor actor) {
        String path = actor.regionPath();
        if (path == null || path.length() < 2) {
            return null;
        }
        String[] parts = path.substring(1, path.length() - 1).split("/");
        return parts[parts.length - 1];
    }

    /** The app's pseudonymous id of the person. */
    String subject(String client, long personId) {
        return subjects.subject(client, personId);
    }
}
