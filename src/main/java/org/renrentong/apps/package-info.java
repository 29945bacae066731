/**
 * Apps that join the node's single sign-on (应用汇聚): the OpenID Connect provider (Spring Authorization Server;
 * clients, authorizations and consents in the database, signing keys rotated), the claims it releases per scope,
 * and the consent screen. App providers, apps and their approval by region build on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
    "audit", "identity", "org", "region", "shared", "taxonomy"})
package org.renrentong.apps;
