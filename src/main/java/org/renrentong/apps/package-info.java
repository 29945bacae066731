/**
 * Apps that join the node's single sign-on (应用汇聚): the OpenID Connect provider (Spring Authorization Server;
 * clients, authorizations and consents in the database, signing keys rotated), the claims it releases per scope,
 * and the consent screen. App providers, apps and their approval by region build on it. The joined nodes of the
 * federation sign their people in to each other through it ({@code peers}: each is a client of the other).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
    "audit", "federation", "identity", "org", "region", "shared"})
package org.renrentong.apps;
