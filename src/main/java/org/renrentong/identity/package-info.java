/**
 * People, accounts, credentials, roles and their scopes, guardianship and sign-in.
 * <p>
 * Published read API for other modules' SQL: the views {@code identity_v_*} (people's names and schools, role grants,
 * class students and teachers, guardianship), created by identity's migrations; its tables stay its own. Where
 * schools, classes and regions are, identity asks {@link org.renrentong.identity.SchoolPlaces} and
 * {@link org.renrentong.identity.RegionPlaces}, answered by {@code org} and {@code region}, which depend on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "shared"})
package org.renrentong.identity;
