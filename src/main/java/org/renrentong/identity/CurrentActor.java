package org.renrentong.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.renrentong.shared.DomainException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives controllers the {@link Actor} of the request: the signed-in person in the role chosen in this session.
 * Built once per request and kept as a request attribute.
 */
@Component
public class CurrentActor implements HandlerMethodArgumentResolver {

    static final String GRANT_ATTRIBUTE = "renrentong.activeGrant";
    private static final String REQUEST_ATTRIBUTE = CurrentActor.class.getName();

    private final Actors actors;

    CurrentActor(Actors actors) {
        this.actors = actors;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Actor.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest webRequest,
                                  WebDataBinderFactory binderFactory) {
        Actor actor = of(webRequest.getNativeRequest(HttpServletRequest.class));
        if (actor == null) {
            throw new DomainException(HttpStatus.UNAUTHORIZED, "error.unauthenticated");
        }
        return actor;
    }

    /** The actor of this request, or null when nobody is signed in. */
    public Actor of(HttpServletRequest request) {
        Object cached = request.getAttribute(REQUEST_ATTRIBUTE);
        if (cached instanceof Actor actor) {
            return actor;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof AccountPrincipal principal)) {
            return null;
        }
        HttpSession session = request.getSession(false);
        Long grantId = session == null ? null : (Long) session.getAttribute(GRANT_ATTRIBUTE);
        Actor actor = actors.load(principal.personId(), grantId);
        request.setAttribute(REQUEST_ATTRIBUTE, actor);
        return actor;
    }
}
