package org.renrentong.apps.lti;

/** A tool's content placed in a class space by deep linking: launched like the tool, as this resource link. */
public record LtiLink(long id, long toolId, long classId, String title, String url, String text) {
}
