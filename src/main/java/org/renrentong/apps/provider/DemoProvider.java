package org.renrentong.apps.provider;

import org.renrentong.identity.Actor;
import org.renrentong.identity.Actors;
import org.renrentong.identity.PresetAccounts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo app provider (account {@code provider}), registered and approved as a real one is, after the demo
 * province is loaded.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 25)
@ConditionalOnProperty(name = "renrentong.demo", havingValue = "true")
class DemoProvider implements ApplicationRunner {

    static final String ACCOUNT = "provider";

    private final Providers providers;
    private final PresetAccounts presets;
    private final Actors actors;
    private final String password;

    DemoProvider(Providers providers, PresetAccounts presets, Actors actors,
                 @Value("${renrentong.demo-password:Renrentong@2026}") String password) {
        this.providers = providers;
        this.presets = presets;
        this.actors = actors;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (presets.idOf(ACCOUNT).isPresent()) {
            return;
        }
        Actor admin = actors.load(presets.firstPlatformAdmin().orElseThrow(), null);
        Registration registration = providers.register(new ProviderForm("石家庄智学教育科技有限公司",
                "91130102MA0C8R2P1K", "冀ICP备20260001号-1", 3, "13010299001-26001", "130102", "李经理",
                "13900000001", password));
        presets.name(admin, presets.idOf(registration.account()).orElseThrow(), ACCOUNT);
        providers.approve(admin, registration.providerId());
    }
}
