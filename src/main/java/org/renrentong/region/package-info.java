/**
 * GB/T 2260 administrative divisions and their history.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "identity", "shared"})
package org.renrentong.region;
