package org.renrentong.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.renrentong.audit.AuditScope;
import org.renrentong.shared.DomainException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives the audit module the reach of the request's actor as a plain {@link AuditScope}: audit lies below identity
 * and knows no roles.
 */
@Component
public class AuditScopes implements HandlerMethodArgumentResolver {

    private final CurrentActor currentActor;

    AuditScopes(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    /** Platform administrators read everything, region administrators their region, school administrators their school. */
    public static AuditScope of(Actor actor) {
        return switch (actor.role()) {
            case PLATFORM_ADMIN -> AuditScope.everything();
            case REGION_ADMIN -> AuditScope.region(actor.regionPath());
            case SCHOOL_ADMIN -> AuditScope.school(actor.schoolId());
            default -> AuditScope.none();
        };
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == AuditScope.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest webRequest,
                                  WebDataBinderFactory binderFactory) {
        Actor actor = currentActor.of(webRequest.getNativeRequest(HttpServletRequest.class));
        if (actor == null) {
            throw new DomainException(HttpStatus.UNAUTHORIZED, "error.unauthenticated");
        }
        return of(actor);
    }
}
