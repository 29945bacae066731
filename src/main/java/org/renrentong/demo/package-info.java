/**
 * The demo province, loaded through the modules' own services on a first start with demo data.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
    "classroom :: calendar", "classroom :: closure", "classroom :: homework", "classroom :: quiz",
    "classroom :: timetable", "identity", "org", "resource", "space", "storage", "taxonomy"})
package org.renrentong.demo;
