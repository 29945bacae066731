/**
 * Class timetables per term (days × periods → subject and teacher), a school's bell schedule, and their .xlsx
 * import. Named, so that modules above may use it (as {@code "classroom :: timetable"}).
 */
@org.springframework.modulith.NamedInterface("timetable")
package org.renrentong.classroom.timetable;
