/**
 * Personal and institutional spaces: posts, notices, members, visits and their statistics.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
    "audit", "identity", "org", "region", "shared", "storage"})
package org.renrentong.space;
