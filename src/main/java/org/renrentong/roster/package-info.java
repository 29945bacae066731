/**
 * Bulk provisioning: classes, teachers, students and guardians from an .xlsx or .csv file, validated as a whole and
 * written in one transaction, or not at all.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "identity", "org", "shared"})
package org.renrentong.roster;
