/**
 * Quizzes: an item bank per subject and textbook node, quizzes set for classes within a window, taken by students,
 * marked at once (objective items) or by the teacher (short answers), with results and QTI transfer. Its public
 * services and records are the classroom module's named interface "quiz" (the demo data loads through them).
 */
@org.springframework.modulith.NamedInterface("quiz")
package org.renrentong.classroom.quiz;
