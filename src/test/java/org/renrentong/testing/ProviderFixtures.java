package org.renrentong.testing;

import org.renrentong.apps.provider.ProviderForm;
import org.renrentong.apps.provider.Providers;
import org.renrentong.apps.provider.Registration;
import org.renrentong.identity.Actor;
import org.renrentong.identity.Actors;
import org.renrentong.identity.PresetAccounts;
import org.springframework.stereotype.Component;

/** App providers for tests: registered as an enterprise does, and approved by the platform administrator. */
@Component
public class ProviderFixtures {

    private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private final Providers providers;
    private final Fixtures fixtures;
    private final PresetAccounts presets;
    private final Actors actors;

    ProviderFixtures(Providers providers, Fixtures fixtures, PresetAccounts presets, Actors actors) {
        this.providers = providers;
        this.fixtures = fixtures;
        this.presets = presets;
        this.actors = actors;
    }

    /** A well-formed unified social credit code (registered in 长安区), different for each number. */
    public static String creditCode(long n) {
        String base = "91130102" + String.format("%09d", n % 1_000_000_000L);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARACTERS.indexOf(base.charAt(i)) * WEIGHTS[i];
        }
        return base + CHARACTERS.charAt((31 - sum % 31) % 31);
    }

    /** A complete registration form of a new enterprise. */
    public static ProviderForm form() {
        long n = Fixtures.unique();
        return new ProviderForm("测试教育科技有限公司" + n, creditCode(n), "冀ICP备" + (10000000 + n % 90000000) + "号-1",
                2, "13010250" + n, "130102", "联系人" + n, phone(n), Fixtures.PASSWORD);
    }

    /** A mobile number of the 199 range, unique within the run. */
    public static String phone(long n) {
        return "199" + String.format("%08d", n % 100_000_000);
    }

    /** A new enterprise waiting for vetting. */
    public Registration registered() {
        return providers.register(providers.desk(), form());
    }

    /** A new enterprise, approved: the actor of its first account. */
    public Actor approved() {
        Registration registration = registered();
        approve(registration.providerId());
        return actorOf(registration);
    }

    public void approve(long providerId) {
        providers.approve(fixtures.platformAdmin(), providerId);
    }

    public Actor actorOf(Registration registration) {
        return actors.load(presets.idOf(registration.account()).orElseThrow(), null);
    }
}
