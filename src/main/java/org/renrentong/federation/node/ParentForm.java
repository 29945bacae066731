package org.renrentong.federation.node;

/** What a child's administrator enters to join a parent: the parent's base URL and the token it issued. */
record ParentForm(String baseUrl, String token) {
}
