package org.renrentong.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.renrentong.identity.CurrentActor;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Puts the signed-in actor into every rendered page, for the top bar and the role's navigation; error pages made
 * by {@link PageErrors} get it too (interceptors do not see a handler that failed).
 */
@Component
class ShellModel implements HandlerInterceptor {

    private final CurrentActor currentActor;

    ShellModel(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView mav) {
        if (mav != null && mav.getViewName() != null && !mav.getViewName().startsWith("redirect:")) {
            fill(request, mav);
        }
    }

    void fill(HttpServletRequest request, ModelAndView mav) {
        mav.addObject("me", currentActor.of(request));
        mav.addObject("langQuery", languageSwitchQuery(request));
    }

    /** The current query string without its lang parameter, so switching language keeps the page as it is. */
    private static String languageSwitchQuery(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null || query.isEmpty()) {
            return "?";
        }
        String kept = Arrays.stream(query.split("&")).filter(p -> !p.startsWith("lang=")).collect(Collectors.joining("&"));
        return kept.isEmpty() ? "?" : "?" + kept + "&";
    }
}
