package org.renrentong.scope;

import static org.renrentong.scope.Caller.*;

/**
 * The administrative divisions: reference data every signed-in account reads; changes by the platform and, strictly
 * below their own region, region administrators. Changes go to counties made for the matrix.
 */
final class RegionEndpoints extends Declarations {

    RegionEndpoints(MatrixWorld w) {
        super(w);
        String city = MatrixWorld.CITY;
        String county = MatrixWorld.COUNTY_A;

        on("GET /api/v1/regions").param("q", "长安").allow(SIGNED_IN);
        on("GET /api/v1/regions/{code}").at("county A", county).allow(SIGNED_IN);
        on("GET /api/v1/regions/{code}/children").at("the city", city).allow(SIGNED_IN);
        on("POST /api/v1/regions").at("under the city")
                .json(c -> "{\"code\":\"" + w.freeCountyCode() + "\",\"name\":\"新区" + c.n()
                        + "\",\"parentCode\":\"" + city + "\"}").allow(GOVERN_CITY);
        on("PATCH /api/v1/regions/{code}").at("new county", this::county)
                .json(c -> "{\"name\":\"改名区" + c.n() + "\"}").allow(GOVERN_CITY);
        on("POST /api/v1/regions/{code}/retire").at("new county", this::county).allow(GOVERN_CITY);

        on("GET /regions").allow(REGION_ADMINS);
        on("GET /regions/{code}").at("county A", county).allow(GOVERN_A);
        on("GET /regions/{code}").at("county B", MatrixWorld.COUNTY_B).allow(GOVERN_B);
        on("GET /regions/search").param("q", "长安").allow(REGION_ADMINS);
        on("POST /regions/{code}/children").at("the city", city).param("childCode", c -> w.freeCountyCode())
                .param("name", c -> "新区" + c.n()).allow(GOVERN_CITY);
        on("POST /regions/{code}/rename").at("new county", this::county).param("name", c -> "改名区" + c.n())
                .allow(GOVERN_CITY);
        on("POST /regions/{code}/retire").at("new county", this::county).allow(GOVERN_CITY);
        on("GET /regions/picker").at("from the city").param("root", city).allow(GOVERN_CITY);
    }

    /** A new county for a caller who may change it; the others are refused before anything changes. */
    private Object county(Call c) {
        return c.fresh(w::freshCounty, w.spareCounty);
    }
}
