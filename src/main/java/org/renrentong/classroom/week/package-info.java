/**
 * A student's week at a glance, for the student on their home and for each of their guardians: today's lessons and
 * the timetable with its teaching week, homework due, grades and the teachers' comments, quizzes, and the class's
 * notices with what is still to read or answer. Read only: it gathers what the other areas and the class space
 * publish, and each of them checks its own scope.
 */
package org.renrentong.classroom.week;
