package org.renrentong.region;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.renrentong.identity.RegionPlaces;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Answers identity's questions about regions from the region catalogue. */
@Component
class CatalogueRegionPlaces implements RegionPlaces {

    private final JdbcClient jdbc;

    CatalogueRegionPlaces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Region> regions(Collection<String> codes) {
        Map<String, Region> found = new HashMap<>();
        jdbc.sql("SELECT code, name, path, retired_at IS NOT NULL FROM region WHERE code IN (:codes)")
                .param("codes", codes)
                .query(rs -> {
                    found.put(rs.getString(1), new Region(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getBoolean(4)));
                });
        return found;
    }
}
