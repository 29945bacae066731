/**
 * Apps that join the node's single sign-on (应用汇聚): the OpenID Connect provider (Spring Authorization Server;
 * clients, authorizations and consents in the database, signing keys rotated), the claims it releases per scope,
 * and the consent screen. App providers ({@code provider}: registration and vetting) and apps ({@code catalogue}:
 * registration, approval by region, the OIDC client of each approved app, the app centre) build on it. The joined
 * nodes of the federation sign their people in to each other through it ({@code peers}: each is a client of the
 * other).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
    "audit", "federation", "identity", "org", "region", "shared", "storage", "taxonomy"})
package org.renrentong.apps;
