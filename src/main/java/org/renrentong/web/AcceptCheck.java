package org.renrentong.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpEntity;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationManager;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Answers 406 BEFORE an API operation runs when its JSON answer is not acceptable to the client. Spring would find
 * out only when writing the answer, after the work was done: a write refused with 406 would still have happened.
 * Operations that declare what they produce, answer files or bytes, or write the response themselves are left out.
 */
final class AcceptCheck implements HandlerInterceptor {

    private static final Set<Class<?>> NOT_JSON = Set.of(void.class, Void.class, byte[].class, String.class,
            org.springframework.core.io.Resource.class, StreamingResponseBody.class);

    private final ContentNegotiationManager negotiation;
    /** Whether each operation answers JSON: read once from its annotations and return type, not per request. */
    private final Map<Method, Boolean> json = new ConcurrentHashMap<>();

    AcceptCheck(ContentNegotiationManager negotiation) {
        this.negotiation = negotiation;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotAcceptableException {
        if (handler instanceof HandlerMethod method
                && json.computeIfAbsent(method.getMethod(), m -> answersJson(method))) {
            List<MediaType> accepted = negotiation.resolveMediaTypes(new ServletWebRequest(request));
            if (accepted.stream().noneMatch(MediaType.APPLICATION_JSON::isCompatibleWith)) {
                throw new HttpMediaTypeNotAcceptableException(List.of(MediaType.APPLICATION_JSON));
            }
        }
        return true;
    }

    private static boolean answersJson(HandlerMethod method) {
        if (!AnnotatedElementUtils.hasAnnotation(method.getBeanType(), RestController.class)
                || declaresProduces(method) || List.of(method.getMethod().getParameterTypes())
                        .contains(HttpServletResponse.class)) {
            return false;
        }
        ResolvableType type = ResolvableType.forMethodReturnType(method.getMethod());
        if (HttpEntity.class.isAssignableFrom(type.toClass())) {
            type = type.as(HttpEntity.class).getGeneric(0);
        }
        Class<?> body = type.toClass();
        return NOT_JSON.stream().noneMatch(c -> c.isAssignableFrom(body));
    }

    private static boolean declaresProduces(HandlerMethod method) {
        RequestMapping onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequestMapping.class);
        RequestMapping onType = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RequestMapping.class);
        return onMethod != null && onMethod.produces().length > 0 || onType != null && onType.produces().length > 0;
    }
}
