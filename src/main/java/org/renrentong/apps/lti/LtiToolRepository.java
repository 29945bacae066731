package org.renrentong.apps.lti;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class LtiToolRepository {

    private static final String COLUMNS = "id, name, client_id, deployment_id, login_url, target_link_uri,"
            + " deep_linking_url, jwks_url, public_key, sends_names, app_id";

    private final JdbcClient jdbc;

    LtiToolRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(LtiToolForm tool, Long appId, long createdBy) {
        return jdbc.sql("""
                INSERT INTO lti_tool (name, client_id, deployment_id, login_url, target_link_uri, deep_linking_url,
                                      jwks_url, public_key, sends_names, app_id, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(tool.name(), tool.clientId(), tool.deploymentId(), tool.loginUrl(), tool.targetLinkUri(),
                        tool.deepLinkingUrl(), tool.jwksUrl(), tool.publicKey(), Boolean.TRUE.equals(tool.sendsNames()),
                        appId, createdBy)
                .query(Long.class).single();
    }

    /** A provider describes its app's tool again: where launches go and how its signatures are checked. */
    void update(long id, LtiToolForm tool) {
        jdbc.sql("""
                UPDATE lti_tool SET name = ?, login_url = ?, target_link_uri = ?, deep_linking_url = ?, jwks_url = ?,
                                    public_key = ?, sends_names = ?
                WHERE id = ?""")
                .params(tool.name(), tool.loginUrl(), tool.targetLinkUri(), tool.deepLinkingUrl(), tool.jwksUrl(),
                        tool.publicKey(), Boolean.TRUE.equals(tool.sendsNames()), id)
                .update();
    }

    Optional<LtiTool> ofApp(long appId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM lti_tool WHERE app_id = ?").param(appId).query(this::tool)
                .optional();
    }

    boolean clientIdTaken(String clientId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM lti_tool WHERE client_id = ?)").param(clientId)
                .query(Boolean.class).single();
    }

    Optional<LtiTool> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM lti_tool WHERE id = ?").param(id).query(this::tool).optional();
    }

    Optional<LtiTool> byClientId(String clientId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM lti_tool WHERE client_id = ?").param(clientId)
                .query(this::tool).optional();
    }

    List<LtiTool> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM lti_tool ORDER BY name, id").query(this::tool).list();
    }

    private LtiTool tool(ResultSet rs, int n) throws SQLException {
        return new LtiTool(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getBoolean(10),
                rs.getObject(11, Long.class));
    }
}
