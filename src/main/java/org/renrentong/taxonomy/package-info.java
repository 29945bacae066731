/**
 * The textbook tree (stage, subject, edition, grade, volume, chapter, lesson node) and the standard codes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "identity", "shared"})
package org.renrentong.taxonomy;
