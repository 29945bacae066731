package org.renrentong.apps.usage;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.TreeSet;
import org.renrentong.identity.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Written where an access token is issued: the day's use of the app by the person (by the app's pseudonymous id of
 * them, where they belong, and sign-ins — authorization codes exchanged, not refreshes) for the administrators'
 * figures, and what the app has been given of the person since its first token, for the person's guardians.
 */
@Component
public class AppUse {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;

    AppUse(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param pairwiseSubject the app's own id of the person
     * @param signIn          whether this token ends a sign-in (an authorization code), not a refresh
     */
    public void tokenIssued(String clientRegId, Actor person, String pairwiseSubject, Set<String> scopes,
                            boolean signIn) {
        // both rows in one statement: a token is issued with every sign-in
        jdbc.sql("""
                WITH used AS (
                    INSERT INTO app_use (day, registered_client_id, person_hash, region_path, school_id, sign_ins)
                    VALUES (:day, :client, :subject, :regionPath, :schoolId, :signIns)
                    ON CONFLICT (day, registered_client_id, person_hash)
                    DO UPDATE SET sign_ins = app_use.sign_ins + excluded.sign_ins)
                INSERT INTO app_release (registered_client_id, person_id, scopes) VALUES (:client, :personId, :scopes)
                ON CONFLICT (person_id, registered_client_id) DO UPDATE
                SET scopes = (SELECT string_agg(DISTINCT s, ' ' ORDER BY s)
                              FROM unnest(string_to_array(app_release.scopes || ' ' || excluded.scopes, ' ')) s
                              WHERE s <> ''),
                    last_at = now()""")
                .param("day", LocalDate.now(ZONE)).param("client", clientRegId).param("subject", pairwiseSubject)
                .param("regionPath", person.regionPath()).param("schoolId", person.schoolId())
                .param("signIns", signIn ? 1 : 0).param("personId", person.personId())
                .param("scopes", String.join(" ", new TreeSet<>(scopes))).update();
    }
}
