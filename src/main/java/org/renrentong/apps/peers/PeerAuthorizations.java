package org.renrentong.apps.peers;

import com.nimbusds.jwt.JWTParser;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What this node, as an OpenID Connect provider, issued to joined nodes: their authorizations, found by person or by
 * the ID token issued, and removed (which revokes their tokens) when the person signs out or the node leaves.
 */
@Repository
class PeerAuthorizations {

    /** An authorization of a joined node: the node's code and the subject the ID token named the person by. */
    record Issued(String nodeCode, String subject) {
    }

    private final JdbcClient jdbc;

    PeerAuthorizations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The joined nodes that hold an ID token of this account, with the subject in it. */
    List<Issued> ofAccount(String account) {
        return jdbc.sql("""
                SELECT registered_client_id, oidc_id_token_value FROM oauth2_authorization
                WHERE principal_name = ? AND registered_client_id LIKE 'node:%' AND oidc_id_token_value IS NOT NULL""")
                .param(account)
                .query((rs, n) -> new Issued(rs.getString(1).substring(PeerClients.PREFIX.length()),
                        subject(rs.getString(2))))
                .list().stream().filter(i -> i.subject() != null).distinct().toList();
    }

    /** The account to which this node issued this ID token for that joined node. */
    Optional<String> accountOf(String nodeCode, String idToken) {
        return jdbc.sql("""
                SELECT principal_name FROM oauth2_authorization
                WHERE registered_client_id = ? AND oidc_id_token_value = ? LIMIT 1""")
                .params(PeerClients.PREFIX + nodeCode, idToken).query(String.class).optional();
    }

    /** Revokes what the node holds for the account. */
    void remove(String nodeCode, String account) {
        jdbc.sql("DELETE FROM oauth2_authorization WHERE registered_client_id = ? AND principal_name = ?")
                .params(PeerClients.PREFIX + nodeCode, account).update();
    }

    /** Revokes everything the node holds. */
    void removeAll(String nodeCode) {
        jdbc.sql("DELETE FROM oauth2_authorization WHERE registered_client_id = ?")
                .param(PeerClients.PREFIX + nodeCode).update();
    }

    private static String subject(String idToken) {
        try {
            return JWTParser.parse(idToken).getJWTClaimsSet().getSubject();
        } catch (ParseException e) {
            return null;
        }
    }
}
