package org.renrentong.shared;

import java.util.List;

/**
 * The routes of one module that visitors may use without signing in, as path patterns ("/resources/**"). Each module
 * declares its own in a bean; the security configuration collects them all, so it knows no module's URLs.
 */
public interface PublicRoutes {

    /** Paths visitors may read (GET only): pages and API reads that decide themselves what a visitor sees. */
    default List<String> reads() {
        return List.of();
    }

    /** Paths visitors may use with any method, such as the sign-in form and its password recovery. */
    default List<String> anyMethod() {
        return List.of();
    }

    /**
     * Paths other systems (joined nodes, harvesters) call with any method and without a session: as no browser
     * sends them, they need no CSRF token, and they prove themselves in their own way (a token, a signature).
     */
    default List<String> forMachines() {
        return List.of();
    }
}
