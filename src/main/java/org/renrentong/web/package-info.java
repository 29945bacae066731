/**
 * The shell the modules' pages live in: layout, front page, dashboards, errors and the API's
 * problem details.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
    "audit", "identity", "notification", "region", "resource", "roster", "shared", "space"})
package org.renrentong.web;
