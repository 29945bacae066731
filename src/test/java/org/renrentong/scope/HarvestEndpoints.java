package org.renrentong.scope;

import static org.renrentong.scope.Caller.*;

import java.util.EnumSet;
import java.util.Set;

/**
 * The harvest sources: the platform administrator alone sees and manages them. The matrix's source is paused and
 * points at a closed port, so a save that keeps its address needs no answer from it, a new source's address fails
 * its Identify check (400, after the scope check) and "harvest now" is refused as not active (409).
 */
final class HarvestEndpoints extends Declarations {

    static final Set<Caller> ONLY_PLATFORM = EnumSet.of(PLATFORM);
    static final String CLOSED = "http://127.0.0.1:9/oai";

    HarvestEndpoints(MatrixWorld w) {
        super(w);
        long source = w.jdbc.sql("""
                INSERT INTO harvest_source (name, base_url, metadata_prefix, interval_minutes, state)
                VALUES ('矩阵来源', ?, 'oai_dc', 60, 'PAUSED') RETURNING id""").param(CLOSED).query(Long.class).single();
        String form = "{\"name\":\"矩阵来源\",\"baseUrl\":\"" + CLOSED + "\",\"metadataPrefix\":\"oai_dc\","
                + "\"intervalMinutes\":60,\"paused\":true}";

        on("GET /api/v1/harvest/sources").allow(ONLY_PLATFORM);
        on("GET /api/v1/harvest/sources/{id}").at("a source", source).allow(ONLY_PLATFORM);
        on("POST /api/v1/harvest/sources").json(c -> form).allow(ONLY_PLATFORM).accepting(400);
        on("PUT /api/v1/harvest/sources/{id}").at("a source", source).json(c -> form).allow(ONLY_PLATFORM);
        on("POST /api/v1/harvest/sources/{id}/harvest").at("a paused source", source).allow(ONLY_PLATFORM)
                .accepting(409);
        on("GET /admin/harvest").allow(ONLY_PLATFORM);
        on("POST /admin/harvest").param("name", "新来源").param("baseUrl", CLOSED).allow(ONLY_PLATFORM);
        on("GET /admin/harvest/{id}").at("a source", source).allow(ONLY_PLATFORM);
        on("GET /admin/harvest/{id}/progress").at("a source", source).allow(ONLY_PLATFORM);
        on("POST /admin/harvest/{id}").at("a source", source).param("name", "矩阵来源").param("baseUrl", CLOSED)
                .param("paused", "true").allow(ONLY_PLATFORM);
        on("POST /admin/harvest/{id}/harvest").at("a paused source", source).allow(ONLY_PLATFORM).accepting(409);
    }
}
