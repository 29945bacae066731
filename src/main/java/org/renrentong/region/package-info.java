/**
 * GB/T 2260 administrative divisions and their history.
 * <p>
 * Published read API for other modules' SQL: the view {@code region_v_region}, created by region's migrations; its
 * tables stay its own.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "identity", "shared"})
package org.renrentong.region;
