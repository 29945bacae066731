package org.renrentong.apps;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * The authorizations this node wrote last, each with the row it wrote. A row read back unchanged is that
 * authorization, so it is not parsed again: turning the stored JSON back into objects was the largest single cost
 * of a sign-in's token and userinfo requests. A row changed since (by another node, a revocation, an expiry set by
 * hand) does not match and is parsed as ever; so is one whose app is no longer found (suspended, removed).
 */
final class WrittenAuthorizations {

    private static final int MOST_KEPT = 10_000;

    private record Written(String row, OAuth2Authorization authorization) {
    }

    private final Map<String, Written> byId = new LinkedHashMap<>(1_024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Written> eldest) {
            return size() > MOST_KEPT;
        }
    };
    private final RegisteredClientRepository clients;

    WrittenAuthorizations(RegisteredClientRepository clients) {
        this.clients = clients;
    }

    /** The stored service's columns for an authorization (id first, all columns in the order it reads them). */
    Function<OAuth2Authorization, List<SqlParameterValue>> writing(
            Function<OAuth2Authorization, List<SqlParameterValue>> columns) {
        return authorization -> {
            List<SqlParameterValue> values = columns.apply(authorization);
            StringBuilder row = new StringBuilder(4_096);
            for (SqlParameterValue value : values) {
                append(row, value.getValue());
            }
            synchronized (byId) {
                byId.put(authorization.getId(), new Written(row.toString(), authorization));
            }
            return values;
        };
    }

    /** The stored service's row mapper, answering a row this node wrote with what it wrote. */
    RowMapper<OAuth2Authorization> reading(RowMapper<OAuth2Authorization> rows) {
        return (rs, n) -> {
            Written written;
            synchronized (byId) {
                written = byId.get(rs.getString(1));
            }
            if (written != null && written.row().equals(row(rs))
                    && clients.findById(written.authorization().getRegisteredClientId()) != null) {
                return written.authorization();
            }
            return rows.mapRow(rs, n);
        };
    }

    private static String row(ResultSet rs) throws SQLException {
        StringBuilder row = new StringBuilder(4_096);
        int columns = rs.getMetaData().getColumnCount();
        for (int i = 1; i <= columns; i++) {
            append(row, rs.getObject(i));
        }
        return row.toString();
    }

    /** One column, the same whether written or read: text as is, times to the millisecond (the database rounds). */
    private static void append(StringBuilder row, Object value) {
        if (value == null) {
            row.append('\u0000');
        } else if (value instanceof Timestamp time) {
            row.append(time.toInstant().toEpochMilli());
        } else if (value instanceof byte[] bytes) {
            row.append(new String(bytes, StandardCharsets.UTF_8));
        } else {
            row.append(value);
        }
        row.append('\u0001');
    }
}
