/**
 * People, accounts, credentials, roles and their scopes, guardianship and sign-in.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "shared"})
package org.renrentong.identity;
