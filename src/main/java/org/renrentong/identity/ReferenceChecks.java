package org.renrentong.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Lets the roster merge write a school's people without PostgreSQL's row-by-row foreign-key triggers, which cost
 * more than the writes themselves (each checks and locks one referenced row per written row). First it takes,
 * set-based, the locks those triggers would take on the rows of identity's tables the merge refers to: the batch's
 * initial secret and the existing people the file names (matched students and teachers, guardians found by phone).
 * Then it switches the triggers off for the rest of this transaction only, until {@link #resume}. Besides these the
 * merge refers only to people it creates itself in this transaction, and to the school and its classes, which the
 * org module never deletes.
 *
 * <p>Switching them off needs a role that may set {@code session_replication_role} (a superuser, or on
 * PostgreSQL 15+ {@code GRANT SET ON PARAMETER session_replication_role TO ...}); without it the triggers stay on
 * and the import is only slower.
 */
final class ReferenceChecks {

    private static final Logger log = LoggerFactory.getLogger(ReferenceChecks.class);

    private final JdbcClient jdbc;
    private final boolean suspended;

    private ReferenceChecks(JdbcClient jdbc, boolean suspended) {
        this.jdbc = jdbc;
        this.suspended = suspended;
    }

    static ReferenceChecks suspend(JdbcClient jdbc, StagedRoster staged, long secretId) {
        if (!permitted(jdbc)) {
            log.info("Roster import keeps per-row foreign-key checks: the database role may not set "
                    + "session_replication_role");
            return new ReferenceChecks(jdbc, false);
        }
        lock(jdbc, "SELECT 1 FROM initial_secret WHERE id = :secret FOR KEY SHARE", secretId);
        lock(jdbc, """
                SELECT 1 FROM person WHERE id IN (SELECT person_id FROM %s WHERE NOT is_new
                                                  UNION ALL SELECT person_id FROM %s WHERE NOT is_new)
                FOR KEY SHARE""".formatted(staged.students(), staged.teachers()), secretId);
        lock(jdbc, "SELECT 1 FROM person WHERE phone IN (SELECT guardian_phone FROM %s) FOR KEY SHARE"
                .formatted(staged.students()), secretId);
        jdbc.sql("SET LOCAL session_replication_role = replica").update();
        return new ReferenceChecks(jdbc, true);
    }

    void resume() {
        if (suspended) {
            jdbc.sql("SET LOCAL session_replication_role = origin").update();
        }
    }

    private static boolean permitted(JdbcClient jdbc) {
        if (jdbc.sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").query(Boolean.class).single()) {
            return true;
        }
        int version = jdbc.sql("SELECT current_setting('server_version_num')::int").query(Integer.class).single();
        return version >= 150000 && jdbc.sql("SELECT has_parameter_privilege('session_replication_role', 'SET')")
                .query(Boolean.class).single();
    }

    /** Runs a locking query, counting its rows in the database rather than fetching them. */
    private static void lock(JdbcClient jdbc, String sql, long secretId) {
        JdbcClient.StatementSpec statement = jdbc.sql("SELECT count(*) FROM (" + sql + ") locked");
        if (sql.contains(":secret")) {
            statement = statement.param("secret", secretId);
        }
        statement.query(Long.class).single();
    }
}
