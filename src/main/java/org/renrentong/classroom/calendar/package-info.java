/**
 * The school calendar: school years, terms and their days off, set by a school or a region, and
 * {@link org.renrentong.classroom.calendar.TeachingWeeks}, which tells other parts which term and teaching week a date
 * is at a school. Named, so that modules above may use it (as {@code "classroom :: calendar"}).
 */
@org.springframework.modulith.NamedInterface("calendar")
package org.renrentong.classroom.calendar;
