package org.renrentong.apps;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.renrentong.audit.AuditEvent;
import org.renrentong.audit.AuditLog;
import org.renrentong.audit.PrincipalKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Every refusal of the protocol endpoints is audited, named by the client that asked (never by the token it sent):
 * the error code of the protocol and its description, and which kind of request it was.
 */
@Component
class ProtocolRefusals {

    static final String ACTION = "OIDC_REFUSED";
    private static final int MAX = 100;

    private final AuditLog audit;
    private final RedirectStrategy redirects = new DefaultRedirectStrategy();
    private final AuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

    ProtocolRefusals(AuditLog audit) {
        this.audit = audit;
    }

    /** Spring Security's publisher of sign-in outcomes, which also announces refusals it has no event for. */
    @Bean
    static AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setDefaultAuthenticationFailureEvent(ProtocolRefused.class);
        return publisher;
    }

    /**
     * Refusals at the token, revocation and introspection endpoints, which pass Spring Security's authentication
     * manager. The authorization endpoint's and bearer tokens' are audited by their error handlers below, as their
     * checks run outside it.
     */
    @EventListener
    void on(ProtocolRefused event) {
        if (event.getException() instanceof OAuth2AuthenticationException refused
                && !(refused instanceof OAuth2AuthorizationCodeRequestAuthenticationException)
                && !(event.getAuthentication() instanceof BearerTokenAuthenticationToken)) {
            record(event.getAuthentication(), refused.getError());
        }
    }

    /** A bearer token refused (expired, forged, revoked): audited, then answered as RFC 6750 has it. */
    void onBearerRefused(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        if (exception instanceof OAuth2AuthenticationException refused) {
            record(new BearerTokenAuthenticationToken("-"), refused.getError());
        }
        bearer.commence(request, response, exception);
    }

    /** The authorization endpoint's answer to a refused request, as the protocol has it, once audited. */
    void onAuthorizationRefused(HttpServletRequest request, HttpServletResponse response,
                                AuthenticationException exception) throws IOException {
        OAuth2Error error = exception instanceof OAuth2AuthenticationException refused ? refused.getError()
                : new OAuth2Error(OAuth2ErrorCodes.INVALID_REQUEST);
        OAuth2AuthorizationCodeRequestAuthenticationToken asked =
                exception instanceof OAuth2AuthorizationCodeRequestAuthenticationException code
                        ? code.getAuthorizationCodeRequestAuthentication() : null;
        record(asked, error);
        // only a redirect URI the request checks accepted is ever sent to: the others get a plain error page
        if (asked == null || !StringUtils.hasText(asked.getRedirectUri())) {
            response.sendError(HttpStatus.BAD_REQUEST.value(), error.toString());
            return;
        }
        UriComponentsBuilder back = UriComponentsBuilder.fromUriString(asked.getRedirectUri())
                .queryParam(OAuth2ParameterNames.ERROR, error.getErrorCode());
        addEncoded(back, OAuth2ParameterNames.ERROR_DESCRIPTION, error.getDescription());
        addEncoded(back, OAuth2ParameterNames.ERROR_URI, error.getUri());
        addEncoded(back, OAuth2ParameterNames.STATE, asked.getState());
        redirects.sendRedirect(request, response, back.build(true).toUriString());
    }

    private static void addEncoded(UriComponentsBuilder uri, String name, String value) {
        if (StringUtils.hasText(value)) {
            uri.queryParam(name, UriUtils.encode(value, StandardCharsets.UTF_8));
        }
    }

    private void record(Authentication request, OAuth2Error error) {
        String client = clientOf(request);
        audit.record(new AuditEvent(PrincipalKind.CLIENT, null, client, null, ACTION, "oauth2_client", client,
                AuditEvent.Result.DENIED, null, null, AuditEvent.detailKeyOf(ACTION),
                AuditEvent.args(new AuditEvent.Key("apps.protocol.request." + kindOf(request)),
                        cut(error.getErrorCode()), cut(error.getDescription() == null ? "" : error.getDescription()))));
    }

    /** The client the request came from, as far as it said; a bearer token names none (and is never written). */
    private static String clientOf(Authentication request) {
        Object principal = request instanceof BearerTokenAuthenticationToken ? null
                : request instanceof OAuth2AuthorizationCodeRequestAuthenticationToken code ? code.getClientId()
                : request == null ? null : request.getPrincipal();
        if (principal instanceof OAuth2ClientAuthenticationToken client) {
            principal = client.getRegisteredClient() != null ? client.getRegisteredClient() : client.getPrincipal();
        }
        if (principal instanceof RegisteredClient registered) {
            principal = registered.getClientId();
        }
        return principal instanceof String id ? cut(id) : null;
    }

    private static String kindOf(Authentication request) {
        if (request instanceof BearerTokenAuthenticationToken) {
            return "bearer";
        }
        if (request instanceof OAuth2AuthorizationCodeRequestAuthenticationToken) {
            return "authorize";
        }
        return request instanceof OAuth2ClientAuthenticationToken ? "client" : "token";
    }

    private static String cut(String text) {
        return text == null || text.length() <= MAX ? text : text.substring(0, MAX);
    }
}
