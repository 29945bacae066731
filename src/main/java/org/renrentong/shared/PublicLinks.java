package org.renrentong.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Links that leave the request they were made in (notifications sent by e-mail or SMS, shares kept in posts): built
 * from the node's configured public address, never from the request's Host header, which the client chooses.
 */
@Component
public class PublicLinks {

    private final String baseUrl;

    PublicLinks(@Value("${renrentong.public-base-url:http://localhost:8080}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The absolute link to a path of this node ("/resources/7"). */
    public String to(String path) {
        return baseUrl + path;
    }
}
