package org.renrentong.space;

/** A class as a teacher's card: its name, school, size and the class space it links to (null if none yet). */
public record ClassCard(long classId, String name, String schoolName, long students, boolean head, String subject,
                        Long spaceId) {
}
