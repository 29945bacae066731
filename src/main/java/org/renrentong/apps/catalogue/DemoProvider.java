package org.renrentong.apps.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.renrentong.apps.provider.ProviderForm;
import org.renrentong.apps.provider.Providers;
import org.renrentong.apps.provider.Registration;
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
 * The demo app provider (account {@code provider}) with an app for teachers approved at 河北省, registered and
 * approved as real ones are, after the demo province is loaded.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 25)
@ConditionalOnProperty(name = "renrentong.demo", havingValue = "true")
class DemoProvider implements ApplicationRunner {

    static final String ACCOUNT = "provider";

    private final Providers providers;
    private final Apps apps;
    private final Approvals approvals;
    private final PresetAccounts presets;
    private final Actors actors;
    private final String password;

    DemoProvider(Providers providers, Apps apps, Approvals approvals, PresetAccounts presets, Actors actors,
                 @Value("${renrentong.demo-password:Renrentong@2026}") String password) {
        this.providers = providers;
        this.apps = apps;
        this.approvals = approvals;
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
        Registration registration = providers.register(providers.desk(), new ProviderForm("石家庄智学教育科技有限公司",
                "91130102MA0C8R2P1K", "冀ICP备20260001号-1", 3, "13010299001-26001", "130102", "李经理",
                "13900000001", password));
        presets.name(admin, presets.idOf(registration.account()).orElseThrow(), ACCOUNT);
        providers.approve(admin, registration.providerId());
        Actor provider = actors.load(presets.idOf(ACCOUNT).orElseThrow(), null);
        App app = apps.register(provider, new AppForm("智学作业", AppCategory.HOMEWORK_ASSESSMENT,
                "布置、提交与批改作业，学生和家长在手机上查看批改结果。", Set.of(Audience.TEACHER, Audience.STUDENT),
                Set.of(), Set.of(), "https://zuoye.example.cn/", List.of("https://zuoye.example.cn/login/callback"),
                Map.of("profile", "在作业本上显示你的姓名", "role", "区分老师和学生的界面"), "教APP备1300001号"));
        apps.apply(provider, app.id(), "130000");
        approvals.approve(admin, app.id(), "130000");
    }
}
