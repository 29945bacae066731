package org.renrentong.resource;

/** An expert reviewing the resources of a region subtree in one subject. */
public record ReviewerAssignment(long id, long expertId, String expertName, String regionCode, String regionName,
                                 String subjectCode) {
}
