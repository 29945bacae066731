/**
 * The federation of nodes: this node's identity (name, level, region, base URL, signing keys), joining a parent and
 * the children that joined, requests between joined nodes signed and checked, the OAI-PMH provider that serves the
 * resource change log, the harvester that pulls from children and other sources, and the records harvested from
 * elsewhere. Parents pull from children; nothing is pushed up. A record's identity is its origin's OAI identifier.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
    "audit", "identity", "org", "region", "resource", "search", "shared", "storage", "taxonomy", "notification"})
package org.renrentong.federation;
