package org.renrentong.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import org.renrentong.apps.catalogue.AppChanges;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.renrentong.apps.catalogue.App;
import org.renrentong.apps.catalogue.AppCategory;
import org.renrentong.apps.catalogue.AppForm;
import org.renrentong.apps.catalogue.Approvals;
import org.renrentong.apps.catalogue.Apps;
import org.renrentong.apps.catalogue.Audience;
import org.renrentong.apps.catalogue.Screenshots;
import org.renrentong.identity.Actor;
import org.renrentong.storage.SampleFiles;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Component;

/** Apps for tests, registered by an approved provider as a provider registers them. */
@Component
public class AppFixtures {

    public static final String REDIRECT = "https://app.example.cn/login/callback";

    private final ProviderFixtures providers;
    private final Apps apps;
    private final Approvals approvals;
    private final Fixtures fixtures;
    private final Screenshots screenshots;
    private final AppChanges changes;

    AppFixtures(ProviderFixtures providers, Apps apps, Approvals approvals, Fixtures fixtures,
                Screenshots screenshots, AppChanges changes) {
        this.changes = changes;
        this.providers = providers;
        this.apps = apps;
        this.approvals = approvals;
        this.fixtures = fixtures;
        this.screenshots = screenshots;
    }

    /** Adds a small PNG screenshot to the provider's app. */
    public App withScreenshot(Actor provider, long appId) {
        byte[] png = SampleFiles.png(8, 8);
        return screenshots.add(provider, appId, png.length, new ByteArrayResource(png));
    }

    /** A teachers' app asking for the name and the role, each with its purpose. */
    public static AppForm form(String name) {
        return new AppForm(name, AppCategory.HOMEWORK_ASSESSMENT, "布置与批改作业的应用", Set.of(Audience.TEACHER),
                Set.of(), Set.of("14"), "https://app.example.cn/", List.of(REDIRECT),
                Map.of("profile", "在作业本上显示老师的姓名", "role", "确认使用者是教师"), "教APP备" + Fixtures.unique());
    }

    /** The app's form as it stands, asking also for the school and for a second redirect URI. */
    public static AppForm widened(App app) {
        Map<String, String> scopes = new LinkedHashMap<>(app.scopes());
        scopes.put("organisation", "显示老师所在的学校");
        List<String> redirects = new ArrayList<>(app.redirectUris());
        redirects.add("https://app2.example.cn/login/callback");
        return new AppForm(app.name(), app.category(), app.description(), app.audiences(), app.stages(),
                app.subjects(), app.launchUrl(), redirects, scopes, app.filingNumber());
    }

    /** An app approved at the region whose provider then asked for more ({@link #widened}). */
    public Applied changesAskedAt(Actor provider, String regionCode) {
        Applied approved = approvedAt(provider, regionCode);
        return new Applied(provider, changes.edit(provider, approved.app().id(), widened(approved.app())));
    }

    /** A new provider's new app, applied for at the region: the provider's actor and the app. */
    public record Applied(Actor provider, App app) {
    }

    public Applied appliedAt(String regionCode) {
        return appliedAt(providers.approved(), regionCode);
    }

    /** A new app of the provider, applied for at the region. */
    public Applied appliedAt(Actor provider, String regionCode) {
        App app = registered(provider);
        return new Applied(provider, apps.apply(provider, app.id(), regionCode));
    }

    /** A new app of the provider, applied for nowhere yet. */
    public App registered(Actor provider) {
        return apps.register(provider, form("作业应用" + Fixtures.unique()));
    }

    /** An app approved at the region by the platform administrator. */
    public Applied approvedAt(String regionCode) {
        return approvedAt(providers.approved(), regionCode);
    }

    public Applied approvedAt(Actor provider, String regionCode) {
        Applied applied = appliedAt(provider, regionCode);
        return new Applied(applied.provider(),
                approvals.approve(fixtures.platformAdmin(), applied.app().id(), regionCode));
    }
}
