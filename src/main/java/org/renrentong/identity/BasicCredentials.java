package org.renrentong.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * An API request that carries HTTP Basic credentials is authenticated by them alone: it neither uses nor needs the
 * session, and so needs no CSRF token. Any other Authorization header (empty, garbage, an unknown scheme) changes
 * nothing: such a request is judged by its session, CSRF check included.
 *
 * <p>As a security context repository: the context of a request with Basic credentials is never loaded from the
 * session, so that the Basic filter checks those credentials itself (it would otherwise trust a session of the same
 * account name, and a wrong password next to a session cookie would pass without a CSRF token).
 */
final class BasicCredentials implements SecurityContextRepository {

    private final SecurityContextRepository requestOnly = new RequestAttributeSecurityContextRepository();
    private final SecurityContextRepository usual = new DelegatingSecurityContextRepository(requestOnly,
            new HttpSessionSecurityContextRepository());

    /** An /api/ request with a well-formed {@code Basic user:password} header. */
    static boolean sent(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            return decoded.indexOf(':') > 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        return (sent(request) ? requestOnly : usual).loadDeferredContext(request);
    }

    /** Not called by the filters in use (they load deferred); kept consistent all the same. */
    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return (sent(holder.getRequest()) ? requestOnly : usual).loadContext(holder);
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        usual.saveContext(context, request, response);
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return (sent(request) ? requestOnly : usual).containsContext(request);
    }
}
