package org.renrentong.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.renrentong.identity.Actor;
import org.renrentong.identity.CurrentActor;
import org.renrentong.notification.Notifications;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Puts the signed-in actor into every rendered page, for the top bar and the role's navigation, with the bell's
 * unread count (one small indexed count per page); error pages made by {@link PageErrors} get it too (interceptors
 * do not see a handler that failed).
 */
@Component
class ShellModel implements HandlerInterceptor {

    private final CurrentActor currentActor;
    private final Notifications notifications;

    ShellModel(CurrentActor currentActor, Notifications notifications) {
        this.currentActor = currentActor;
        this.notifications = notifications;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView mav) {
        if (mav != null && mav.getViewName() != null && !mav.getViewName().startsWith("redirect:")) {
            fill(request, mav);
        }
    }

    void fill(HttpServletRequest request, ModelAndView mav) {
        Actor me = currentActor.of(request);
        mav.addObject("me", me);
        mav.addObject("unreadBadge", me == null ? null : badge(notifications.unreadCount(me)));
        mav.addObject("langQuery", languageSwitchQuery(request));
    }

    /** What the bell shows: nothing when all is read, the count, or "99+" where counting stops. */
    private static String badge(long unread) {
        if (unread == 0) {
            return null;
        }
        return unread >= Notifications.MAX_COUNTED ? (Notifications.MAX_COUNTED - 1) + "+" : String.valueOf(unread);
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
