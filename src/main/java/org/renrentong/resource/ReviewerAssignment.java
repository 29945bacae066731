package org.renrentong.resource;

/** An expert reviewing the resources of a region subtree in one subject (named from the standard codes). */
public record ReviewerAssignment(long id, long expertId, String expertName, String regionCode, String regionName,
                                 String subjectCode, String subjectName) {

    ReviewerAssignment withSubjectName(String name) {
        return new ReviewerAssignment(id, expertId, expertName, regionCode, regionName, subjectCode, name);
    }
}
