package org.renrentong.apps;

import java.time.Instant;
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

    /**
     * A region's administrator decided on an app's application there.
     *
     * @param people the accounts of the app's provider
     * @param reason why it was refused; null when approved
     */
    public record AppDecided(long appId, String appName, String regionName, List<Long> people, boolean approved,
                             String reason, Instant decidedAt) {
    }
}
