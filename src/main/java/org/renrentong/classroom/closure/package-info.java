/**
 * Closures (停课不停学): a school or a region's schools switched to online teaching for some days, the class
 * timetables turned into an online schedule whose periods link to library resources or a live link, the record of
 * the lessons students open, and the figures per school (or class) and day for the administrators. Named, so that
 * modules above may use it (as {@code "classroom :: closure"}; the demo data plans one through it).
 */
@org.springframework.modulith.NamedInterface("closure")
package org.renrentong.classroom.closure;
