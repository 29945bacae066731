package org.renrentong.identity;

import java.util.Collection;
import java.util.Map;

/**
 * Where regions are, for identity's scope checks and pages. {@code region} owns them and depends on identity, so it
 * answers through this interface rather than identity reading its tables. Batched; unknown codes are left out.
 */
public interface RegionPlaces {

    /** A region: its name, its path ('/000000/130000/') and whether it is retired. */
    record Region(String code, String name, String path, boolean retired) {
    }

    Map<String, Region> regions(Collection<String> codes);
}
