package org.renrentong.apps;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The stored authorizations, each read from the database at most once per request: the token endpoint looks its
 * code up twice (the PKCE check, then the grant), and saving looks the row up again only to choose between insert
 * and update. Within one request the row read (or written) first is the one meant, so these later looks answer from
 * the request; a save or removal forgets what the request read. Outside a request every call goes to the database.
 * A row read that this node wrote and nobody changed since is not parsed again ({@link WrittenAuthorizations}).
 */
final class RequestReadAuthorizations extends JdbcOAuth2AuthorizationService {

    private static final String READ = RequestReadAuthorizations.class.getName() + ".read";

    RequestReadAuthorizations(JdbcOperations jdbc, RegisteredClientRepository clients) {
        super(jdbc, clients);
        WrittenAuthorizations written = new WrittenAuthorizations(clients);
        setAuthorizationRowMapper(written.reading(getAuthorizationRowMapper()));
        setAuthorizationParametersMapper(written.writing(getAuthorizationParametersMapper()));
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        super.save(authorization);
        Map<String, OAuth2Authorization> read = read();
        if (read != null) {
            read.clear();
            read.put(byId(authorization.getId()), authorization);
        }
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        super.remove(authorization);
        Map<String, OAuth2Authorization> read = read();
        if (read != null) {
            read.clear();
        }
    }

    @Override
    public OAuth2Authorization findById(String id) {
        Map<String, OAuth2Authorization> read = read();
        OAuth2Authorization found = read == null ? null : read.get(byId(id));
        return found != null ? found : remember(read, null, super.findById(id));
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        Map<String, OAuth2Authorization> read = read();
        String key = "token:" + (tokenType == null ? "" : tokenType.getValue()) + ":" + token;
        OAuth2Authorization found = read == null ? null : read.get(key);
        return found != null ? found : remember(read, key, super.findByToken(token, tokenType));
    }

    private static OAuth2Authorization remember(Map<String, OAuth2Authorization> read, String key,
                                                OAuth2Authorization found) {
        if (read != null && found != null) {
            read.put(byId(found.getId()), found);
            if (key != null) {
                read.put(key, found);
            }
        }
        return found;
    }

    private static String byId(String id) {
        return "id:" + id;
    }

    /** What this request read, or null outside a request. */
    @SuppressWarnings("unchecked")
    private static Map<String, OAuth2Authorization> read() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return null;
        }
        Object read = request.getAttribute(READ, RequestAttributes.SCOPE_REQUEST);
        if (read == null) {
            read = new HashMap<String, OAuth2Authorization>();
            request.setAttribute(READ, read, RequestAttributes.SCOPE_REQUEST);
        }
        return (Map<String, OAuth2Authorization>) read;
    }
}
