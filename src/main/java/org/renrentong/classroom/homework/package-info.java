/**
 * Homework: a teacher assigns it to classes (or chosen students), students hand in text, photos, files or recordings,
 * the teacher grades, returns or shows work to the class, guardians read their children's. Its public services and
 * records are the classroom module's named interface "homework" (the demo data loads through them).
 */
@org.springframework.modulith.NamedInterface("homework")
package org.renrentong.classroom.homework;
