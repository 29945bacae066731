package org.renrentong.apps.catalogue;

import java.util.List;
import java.util.Map;

/**
 * Whether an app reaches a region: the nearest region on the way up from it (itself first) that approved the app
 * or opted out of it decides. An approval reaches every region below unless one of them, or one in between, opts
 * out.
 */
final class Availability {

    private Availability() {
    }

    /**
     * @param codesFromTop the region's codes from the top of its path down to itself
     * @param decisions    the app's approvals and opt-outs by region code
     */
    static boolean reaches(List<String> codesFromTop, Map<String, Decision> decisions) {
        for (int i = codesFromTop.size() - 1; i >= 0; i--) {
            Decision d = decisions.get(codesFromTop.get(i));
            if (d == Decision.APPROVED) {
                return true;
            }
            if (d == Decision.OPTED_OUT) {
                return false;
            }
        }
        return false;
    }

    /** "/130000/130100/130102/" → [130000, 130100, 130102]; the national root counts as a region too. */
    static List<String> codes(String path) {
        if (path == null || path.length() < 2) {
            return List.of();
        }
        return List.of(path.substring(1, path.length() - 1).split("/"));
    }
}
