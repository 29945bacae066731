package org.renrentong.identity;

import java.util.List;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * Another way to sign in to this node than its own password, offered by a module above this one (signing in through
 * a joined node of the federation): it adds what it needs to the pages' security, and names the ways the sign-in page
 * offers.
 */
public interface ExternalSignIn {

    /** Adds this way of signing in (and what signing out must also do) to the pages' security. */
    void configure(HttpSecurity http) throws Exception;

    /** The ways the sign-in page offers now, in the reader's language. */
    List<Way> ways();

    /** One way to sign in: the element id, the text on its button and where the button leads. */
    record Way(String id, String label, String href) {
    }
}
