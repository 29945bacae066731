package org.renrentong.apps.lti;

/**
 * What the person's browser posts to the tool: the signed launch, or the protocol's error, with the tool's state.
 * The action is always a URL registered for the tool.
 */
public record LaunchPost(String action, String idToken, String error, String errorDescription, String state) {

    static LaunchPost launch(String action, String idToken, String state) {
        return new LaunchPost(action, idToken, null, null, state);
    }

    static LaunchPost error(String action, String error, String description, String state) {
        return new LaunchPost(action, null, error, description, state);
    }
}
