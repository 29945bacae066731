package org.renrentong.notification;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A person's channel choices per kind; a kind without a row reaches them by the bell only. */
@Repository
class PreferenceRepository {

    private final JdbcClient jdbc;

    PreferenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Preference of(long personId, NotificationKind kind) {
        return jdbc.sql("SELECT email, sms FROM notification_preference WHERE person_id = ? AND kind = ?")
                .params(personId, kind.name()).query((rs, n) -> new Preference(kind, rs.getBoolean(1), rs.getBoolean(2)))
                .optional().orElse(Preference.bellOnly(kind));
    }

    /** Every kind, in the enum's order. */
    List<Preference> all(long personId) {
        Map<NotificationKind, Preference> stored = new EnumMap<>(NotificationKind.class);
        jdbc.sql("SELECT kind, email, sms FROM notification_preference WHERE person_id = ?").param(personId)
                .query(rs -> {
                    NotificationKind kind = NotificationKind.valueOf(rs.getString(1));
                    stored.put(kind, new Preference(kind, rs.getBoolean(2), rs.getBoolean(3)));
                });
        return Arrays.stream(NotificationKind.values())
                .map(k -> stored.getOrDefault(k, Preference.bellOnly(k))).toList();
    }

    void save(long personId, Preference p) {
        jdbc.sql("""
                INSERT INTO notification_preference (person_id, kind, email, sms) VALUES (?, ?, ?, ?)
                ON CONFLICT (person_id, kind) DO UPDATE SET email = EXCLUDED.email, sms = EXCLUDED.sms""")
                .params(personId, p.kind().name(), p.email(), p.sms()).update();
    }
}
