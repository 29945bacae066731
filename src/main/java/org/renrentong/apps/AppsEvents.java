package org.renrentong.apps;

import java.util.List;

/** Facts of app onboarding that other modules may react to (the notification centre tells the people concerned). */
public final class AppsEvents {

    private AppsEvents() {
    }

    /**
     * A platform administrator vetted an app provider's registration.
     *
     * @param people the provider's accounts
     * @param reason why it was refused; null when approved
     */
    public record ProviderVetted(long providerId, String providerName, List<Long> people, boolean approved,
                                 String reason) {
    }
}
