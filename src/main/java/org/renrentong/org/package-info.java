/**
 * Education bureaus, schools, grades, classes and groups.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "identity", "region", "shared"})
package org.renrentong.org;
