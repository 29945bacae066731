package org.renrentong.apps.lti;

/** The claim names and vocabularies of LTI 1.3 core and deep linking 2.0. */
final class LtiClaims {

    static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    static final String MESSAGE_TYPE = LTI + "message_type";
    static final String VERSION = LTI + "version";
    static final String DEPLOYMENT_ID = LTI + "deployment_id";
    static final String TARGET_LINK_URI = LTI + "target_link_uri";
    static final String RESOURCE_LINK = LTI + "resource_link";
    static final String ROLES = LTI + "roles";
    static final String CONTEXT = LTI + "context";
    static final String TOOL_PLATFORM = LTI + "tool_platform";
    static final String LAUNCH_PRESENTATION = LTI + "launch_presentation";

    static final String NAMES_ROLES = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";
    static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";
    static final String DEEP_LINKING_SETTINGS = DL + "deep_linking_settings";
    static final String CONTENT_ITEMS = DL + "content_items";
    static final String DATA = DL + "data";

    static final String RESOURCE_LINK_REQUEST = "LtiResourceLinkRequest";
    static final String DEEP_LINKING_REQUEST = "LtiDeepLinkingRequest";
    static final String DEEP_LINKING_RESPONSE = "LtiDeepLinkingResponse";
    static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    static final String COURSE_OFFERING = "http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering";

    private LtiClaims() {
    }
}
