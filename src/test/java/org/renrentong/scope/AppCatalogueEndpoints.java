package org.renrentong.scope;

import static org.renrentong.scope.Caller.*;

import java.util.Set;
import org.renrentong.storage.SampleFiles;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Apps: the provider registers them, applies and gets its client's secret; those governing county A decide on
 * applications there and opt it out of what the city approved; those managing school A hide apps from it; the
 * approving administrators suspend. Every signed-in person reads their app centre (empty for roles no app serves).
 */
final class AppCatalogueEndpoints extends Declarations {

    private static final Set<Caller> READERS = plus(ADMINS, PROVIDER);
    private static final String APP_JSON = """
            {"name":"矩阵应用%d","category":"OTHER","description":"说明","audiences":["TEACHER"],
             "launchUrl":"https://app.example.cn/","redirectUris":["https://app.example.cn/cb"],
             "scopes":{"profile":"显示姓名"},"filingNumber":"教APP备000001"}""";

    AppCatalogueEndpoints(MatrixWorld w) {
        super(w);
        String a = MatrixWorld.COUNTY_A;
        long school = w.schoolA.id();
        on("GET /apps").allow(SIGNED_IN);
        on("GET /api/v1/apps/centre").allow(SIGNED_IN);
        on("GET /api/v1/apps/administered").allow(ADMINS);
        on("GET /api/v1/apps/mine").allow(only(PROVIDER));
        on("POST /api/v1/apps").json(c -> APP_JSON.formatted(c.n())).allow(only(PROVIDER));
        on("GET /api/v1/apps/{id}").at("the provider's app", w.providerApp).allow(READERS);
        on("POST /api/v1/apps/{id}/applications").at("an app applied nowhere",
                c -> c.fresh(w::freshUnapplied, w.spareUnapplied)).json(c -> "{\"regionCode\":\"" + a + "\"}")
                .allow(only(PROVIDER));
        on("POST /api/v1/apps/{id}/screenshots").at("an app of the provider",
                c -> c.fresh(w::freshUnapplied, w.providerApp)).file(c -> png()).allow(only(PROVIDER));
        on("GET /apps/{id}/screenshots/{position}").at("the provider's app", w.providerApp, 1).allow(SIGNED_IN);
        on("POST /api/v1/apps/{id}/secret").at("the provider's app", w.providerApp).allow(only(PROVIDER));
        on("POST /api/v1/apps/{id}/regions/{code}/approval").at("applied at county A",
                c -> new Object[] {c.fresh(w::freshApplied, w.spareApplied), a}).allow(GOVERN_A);
        on("POST /api/v1/apps/{id}/regions/{code}/refusal").at("applied at county A",
                c -> new Object[] {c.fresh(w::freshApplied, w.spareApplied), a}).json(c -> "{\"reason\":\"不合适\"}")
                .allow(GOVERN_A);
        on("POST /api/v1/apps/{id}/regions/{code}/opt-out").at("approved at the city",
                c -> new Object[] {c.fresh(w::freshInherited, w.spareInherited), a}).allow(GOVERN_A);
        on("DELETE /api/v1/apps/{id}/regions/{code}/opt-out").at("opted out at county A",
                c -> new Object[] {c.fresh(w::freshOptedOut, w.spareOptedOut), a}).allow(GOVERN_A);
        on("POST /api/v1/apps/{id}/schools/{schoolId}/hidden").at("school A", w.providerApp, school).allow(MANAGE_A);
        on("DELETE /api/v1/apps/{id}/schools/{schoolId}/hidden").at("school A", w.providerApp, school)
                .allow(MANAGE_A);
        on("PUT /api/v1/apps/{id}").at("an app applied nowhere", c -> c.fresh(w::freshUnapplied, w.spareUnapplied))
                .json(c -> APP_JSON.formatted(c.n())).allow(only(PROVIDER));
        on("POST /api/v1/apps/{id}/regions/{code}/changes-approval").at("changes asked, approved at county A",
                c -> new Object[] {c.fresh(w::freshChangesAsked, w.providerApp), a}).allow(GOVERN_A);
        on("POST /api/v1/apps/{id}/regions/{code}/changes-refusal").at("changes asked, approved at county A",
                c -> new Object[] {c.fresh(w::freshChangesAsked, w.providerApp), a})
                .json(c -> "{\"reason\":\"不需要学校信息\"}").allow(GOVERN_A);
        on("POST /api/v1/apps/{id}/suspension").at("approved at county A",
                c -> c.fresh(w::freshApproved, w.providerApp)).allow(GOVERN_A);
        on("DELETE /api/v1/apps/{id}/suspension").at("suspended at county A",
                c -> c.fresh(w::freshSuspended, w.providerApp)).allow(GOVERN_A);

        on("GET /provider").allow(only(PROVIDER));
        on("GET /provider/apps/new").allow(only(PROVIDER));
        on("POST /provider/apps").param("name", c -> "矩阵应用" + c.n()).param("category", "OTHER")
                .param("description", "说明").param("audiences", "TEACHER")
                .param("launchUrl", "https://app.example.cn/").param("redirectUris", "https://app.example.cn/cb")
                .param("scopes[profile]", "显示姓名").param("filingNumber", "教APP备000001").allow(only(PROVIDER));
        on("GET /provider/apps/{id}").at("the provider's app", w.providerApp).allow(READERS);
        on("POST /provider/apps/{id}/apply").at("an app applied nowhere",
                c -> c.fresh(w::freshUnapplied, w.spareUnapplied)).param("regionCode", a).allow(only(PROVIDER));
        on("POST /provider/apps/{id}/screenshots").at("an app of the provider",
                c -> c.fresh(w::freshUnapplied, w.providerApp)).file(c -> png()).allow(only(PROVIDER));
        on("GET /provider/apps/{id}/edit").at("the provider's app", w.providerApp).allow(only(PROVIDER));
        on("POST /provider/apps/{id}").at("an app applied nowhere", c -> c.fresh(w::freshUnapplied, w.spareUnapplied))
                .param("name", c -> "矩阵应用" + c.n()).param("category", "OTHER").param("description", "说明")
                .param("audiences", "TEACHER").param("launchUrl", "https://app.example.cn/")
                .param("redirectUris", "https://app.example.cn/cb").param("scopes[profile]", "显示姓名")
                .param("filingNumber", "教APP备000001").allow(only(PROVIDER));
        on("POST /provider/apps/{id}/secret").at("the provider's app", w.providerApp).allow(only(PROVIDER));

        on("GET /admin/apps").allow(ADMINS);
        on("POST /admin/apps/{id}/regions/{code}/approve").at("applied at county A",
                c -> new Object[] {c.fresh(w::freshApplied, w.spareApplied), a}).allow(GOVERN_A);
        on("POST /admin/apps/{id}/regions/{code}/refuse").at("applied at county A",
                c -> new Object[] {c.fresh(w::freshApplied, w.spareApplied), a}).param("reason", "不合适")
                .allow(GOVERN_A);
        on("POST /admin/apps/{id}/regions/{code}/approve-changes").at("changes asked, approved at county A",
                c -> new Object[] {c.fresh(w::freshChangesAsked, w.providerApp), a}).allow(GOVERN_A);
        on("POST /admin/apps/{id}/regions/{code}/refuse-changes").at("changes asked, approved at county A",
                c -> new Object[] {c.fresh(w::freshChangesAsked, w.providerApp), a}).param("reason", "不需要")
                .allow(GOVERN_A);
        on("POST /admin/apps/{id}/regions/{code}/opt-out").at("approved at the city",
                c -> new Object[] {c.fresh(w::freshInherited, w.spareInherited), a}).allow(GOVERN_A);
        on("POST /admin/apps/{id}/regions/{code}/opt-in").at("opted out at county A",
                c -> new Object[] {c.fresh(w::freshOptedOut, w.spareOptedOut), a}).allow(GOVERN_A);
        on("POST /admin/apps/{id}/schools/{schoolId}/hide").at("school A", w.providerApp, school).allow(MANAGE_A);
        on("POST /admin/apps/{id}/schools/{schoolId}/show").at("school A", w.providerApp, school).allow(MANAGE_A);
        on("POST /admin/apps/{id}/suspend").at("approved at county A",
                c -> c.fresh(w::freshApproved, w.providerApp)).allow(GOVERN_A);
        on("POST /admin/apps/{id}/reinstate").at("suspended at county A",
                c -> c.fresh(w::freshSuspended, w.providerApp)).allow(GOVERN_A);
    }

    private static MockMultipartFile png() {
        return new MockMultipartFile("image", "shot.png", "image/png", SampleFiles.png(8, 8));
    }
}
