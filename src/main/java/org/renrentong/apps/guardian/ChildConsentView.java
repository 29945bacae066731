package org.renrentong.apps.guardian;

import java.util.List;

/**
 * The consent screen as a child under 14 sees it: what the app asks for (beyond the pseudonymous id), what a guardian
 * granted of it, whether the child can ask a guardian for the rest, and the scopes the child's "continue" sends.
 *
 * @param askable   scopes asked by the app that no guardian was asked for yet
 * @param continued the scopes that continuing sends back: {@code openid} if asked, and what a guardian granted
 */
public record ChildConsentView(List<String> asked, List<String> granted, ConsentStatus status, List<String> askable,
                               List<String> continued, boolean hasGuardian) {

    public static final String TEMPLATE = "apps/child-consent";
}
