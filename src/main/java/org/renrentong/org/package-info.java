/**
 * Education bureaus, schools, grades, classes and groups (with their members).
 * <p>
 * Published read API for other modules' SQL: the views {@code org_v_*} (schools, classes with their grade, groups,
 * group members), created by org's migrations; its tables stay its own.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "identity", "region", "shared"})
package org.renrentong.org;
