/**
 * Teaching in the class spaces: the school calendar (school years, terms, teaching weeks, holidays), class timetables
 * and subject teachers, homework, quizzes with an item bank, and the closure mode in which teaching goes online
 * (停课不停学). It tells people what concerns them through events the notification centre listens to; the spaces show
 * its pages by link, so nothing below depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
    "audit", "identity", "org", "region", "resource", "shared", "space", "storage", "taxonomy"})
package org.renrentong.classroom;
