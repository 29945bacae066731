package org.renrentong.scope;

import static org.renrentong.scope.Caller.*;

import org.renrentong.testing.Fixtures;
import org.renrentong.testing.ProviderFixtures;

/**
 * App providers: anyone, a visitor too, registers an enterprise; platform administrators alone list and vet them;
 * the provider's own account reads its enterprise and its pages.
 */
final class AppProviderEndpoints extends Declarations {

    AppProviderEndpoints(MatrixWorld w) {
        super(w);
        on("GET /app-providers/register").allow(EVERYONE);
        on("POST /app-providers/register").param("name", c -> "矩阵公司" + c.n())
                .param("creditCode", c -> ProviderFixtures.creditCode(c.n())).param("icpFiling", "冀ICP备12345678号")
                .param("securityLevel", "1").param("regionCode", "130102").param("contactName", "联系人")
                .param("contactPhone", c -> ProviderFixtures.phone(c.n())).param("password", Fixtures.PASSWORD)
                .allow(EVERYONE);
        on("POST /api/v1/app-providers").json(c -> """
                {"name":"矩阵公司%d","creditCode":"%s","icpFiling":"冀ICP备12345678号","securityLevel":1,
                 "regionCode":"130102","contactName":"联系人","contactPhone":"%s","password":"Passw0rd!"}"""
                .formatted(c.n(), ProviderFixtures.creditCode(c.n()), ProviderFixtures.phone(c.n())))
                .allow(EVERYONE);
        on("GET /api/v1/app-providers").allow(only(PLATFORM));
        on("GET /api/v1/app-providers/mine").allow(only(PROVIDER));
        // the matrix's provider is approved: correcting is for a refused one, a business refusal here
        on("PUT /api/v1/app-providers/mine").json(c -> """
                {"name":"矩阵公司%d","creditCode":"%s","icpFiling":"冀ICP备12345678号","securityLevel":1,
                 "regionCode":"130102"}""".formatted(c.n(), ProviderFixtures.creditCode(c.n())))
                .allow(only(PROVIDER)).accepting(409);
        on("GET /provider/registration").allow(only(PROVIDER));
        on("POST /provider/registration").param("name", c -> "矩阵公司" + c.n())
                .param("creditCode", c -> ProviderFixtures.creditCode(c.n())).param("icpFiling", "冀ICP备12345678号")
                .param("securityLevel", "1").param("regionCode", "130102").allow(only(PROVIDER));
        on("GET /api/v1/app-providers/{id}").at("the provider's enterprise", w.providerId)
                .allow(only(PLATFORM, PROVIDER));
        on("POST /api/v1/app-providers/{id}/approval").at("a pending enterprise",
                c -> c.fresh(w::freshPendingProvider, w.spareProvider)).allow(only(PLATFORM));
        on("POST /api/v1/app-providers/{id}/refusal").at("a pending enterprise",
                c -> c.fresh(w::freshPendingProvider, w.spareProvider)).json(c -> "{\"reason\":\"材料不全\"}")
                .allow(only(PLATFORM));

        on("GET /admin/app-providers").allow(only(PLATFORM));
        on("POST /admin/app-providers/{id}/approve").at("a pending enterprise",
                c -> c.fresh(w::freshPendingProvider, w.spareProvider)).allow(only(PLATFORM));
        on("POST /admin/app-providers/{id}/refuse").at("a pending enterprise",
                c -> c.fresh(w::freshPendingProvider, w.spareProvider)).param("reason", "材料不全")
                .allow(only(PLATFORM));
    }
}
